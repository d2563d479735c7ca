// End-to-end tests: real Chromium against the local fixture server started once in global-setup.
// Files run one at a time because they share that server's request log and ports 80/443.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
