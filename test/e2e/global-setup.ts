// Owns the fixture server's lifetime for a whole e2e run: one server on 80/443 shared by every test file.
// Tests reach its request log through harness/fixture-log.ts (the control host), not through memory.
import { startFixtureServer } from '../fixtures/server';

export default async function setup(): Promise<() => Promise<void>> {
  // Standard ports, because fixture pages use real host names in URLs without ports.
  const server = await startFixtureServer({ httpPort: 80, httpsPort: 443 });
  return () => server.close();
}
