/**
 * Script attribution from the stack, run in Node's V8, which has the same structured call sites as
 * Chromium. Scripts are given URLs as their file names with vm, the way Chromium names page scripts.
 */
import { runInThisContext } from 'node:vm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

type CallerScript = () => string;
let callerScript: CallerScript;
const scope = globalThis as unknown as Record<string, unknown>;

beforeAll(async () => {
  scope.window ??= globalThis;
  ({ callerScript } = await import('../../../extension/page/hooks/caller'));
  scope.__probe = () => callerScript();
});

afterEach(() => {
  delete (Error as unknown as Record<string, unknown>).prepareStackTrace;
  Error.stackTraceLimit = 10;
});

/** A function defined in a script loaded from `url` that asks who called. */
function scriptAt(url: string, body = '__probe()'): () => string {
  return runInThisContext(`(function () { return ${body}; })`, { filename: url }) as () => string;
}

describe('callerScript', () => {
  it('names the first page script on the stack, as origin + path', () => {
    expect(scriptAt('https://openfpcdn.io/fingerprintjs/v5?version=5.2.0#agent')()).toBe(
      'https://openfpcdn.io/fingerprintjs/v5',
    );
    const outer = runInThisContext('(function (inner) { return inner(); })', {
      filename: 'http://shop.example/js/app.js',
    }) as (inner: () => string) => string;
    expect(outer(() => callerScript())).toBe('http://shop.example/js/app.js');
  });

  it("ignores a sourceURL a page writes to pose as a vendor, and credits eval'd code to its caller", () => {
    const posing = runInThisContext(
      '(function () { return __probe(); })\n//# sourceURL=https://openfpcdn.io/fingerprintjs/v5',
      { filename: 'https://forger.example/' },
    ) as () => string;
    expect(posing()).toBe('https://forger.example/');
    const evaluating = scriptAt(
      'https://forger.example/page.js',
      'eval("__probe()\\n//# sourceURL=https://openfpcdn.io/fingerprintjs/v5")',
    );
    expect(evaluating()).toBe('https://forger.example/page.js');
  });

  it("uses its own stack preparation whatever the page set, and gives the page's back", () => {
    const pages = () => 'Error\n    at https://openfpcdn.io/fingerprintjs/v5:1:1';
    (Error as unknown as Record<string, unknown>).prepareStackTrace = pages;
    Error.stackTraceLimit = 0;
    expect(scriptAt('https://forger.example/app.js')()).toBe('https://forger.example/app.js');
    expect((Error as unknown as Record<string, unknown>).prepareStackTrace).toBe(pages);
    expect(Error.stackTraceLimit).toBe(0);
  });

  it("returns '' when no page script is on the stack, and caps long URLs at 1024 characters", () => {
    expect(callerScript()).toBe('');
    const long = `https://cdn.example/${'a'.repeat(2000)}.js`;
    expect(scriptAt(long)()).toBe(long.slice(0, 1024));
  });
});
