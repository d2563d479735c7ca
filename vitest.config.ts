/** Unit tests: the platform-free core in Node (fake-indexeddb for the store). No crx plugin here. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup-idb-classes.ts'],
  },
});
