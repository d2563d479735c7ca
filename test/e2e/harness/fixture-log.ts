// Owns the test side of the fixture server's request log. Vitest runs each test file in its own worker,
// so the log lives in the one server started by global-setup and is read over HTTP from the control host.
// node:http is used instead of fetch because fetch would not send our Host header.
import { request } from 'node:http';
import type { LoggedRequest } from '../../fixtures/server';

export type { LoggedRequest };

const CONTROL_HOST = 'control.glass-fixtures.example';

/** global-setup binds the standard ports: page URLs name real hosts without ports, so nothing else works. */
const CONTROL_PORT = 80;

function call(method: 'GET' | 'POST', path: string): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const req = request(
      { host: '127.0.0.1', port: CONTROL_PORT, method, path, headers: { host: CONTROL_HOST } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 500) >= 400)
            reject(new Error(`fixture control ${path}: ${res.statusCode} ${body}`));
          else resolveBody(body);
        });
        res.on('error', reject);
      },
    );
    req.on('error', (error) =>
      reject(new Error(`The fixture server is not reachable on 127.0.0.1:${CONTROL_PORT}: ${error.message}`)),
    );
    req.end();
  });
}

/** Every logged request, or only those to one host. */
export async function fetchLog(host?: string): Promise<LoggedRequest[]> {
  const query = host ? `?host=${encodeURIComponent(host)}` : '';
  return JSON.parse(await call('GET', `/log${query}`)) as LoggedRequest[];
}

export async function clearLog(): Promise<void> {
  await call('POST', '/clear');
}

/**
 * Polls the log until `matches` returns a non-empty selection (beacons arrive after page load), then
 * returns it. Rejects after `timeoutMs` with the hosts seen so far, which usually explains the miss.
 */
export async function waitForRequests(
  matches: (request: LoggedRequest) => boolean,
  options: { host?: string; timeoutMs?: number; description?: string } = {},
): Promise<LoggedRequest[]> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const log = await fetchLog(options.host);
    const found = log.filter(matches);
    if (found.length > 0) return found;
    if (Date.now() > deadline) {
      const seen = [...new Set(log.map((r) => `${r.method} ${r.host}${r.path}`))].join('\n  ');
      throw new Error(
        `No logged request matched ${options.description ?? 'the predicate'}. Seen:\n  ${seen}`,
      );
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
}
