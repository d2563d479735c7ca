/**
 * Conventions enforced by a test: every detector under src/detectors has a unit test named
 * after it, and src/ never touches browser APIs (extension/browser.ts is the one door).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('conventions', () => {
  it('every detector has a unit test named after it', () => {
    const detectors = filesUnder(join(root, 'src', 'detectors')).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('index.ts'),
    );
    expect(detectors.length).toBeGreaterThan(0);
    const missing = detectors
      .map((file) => relative(join(root, 'src', 'detectors'), file).replace(/\.ts$/, ''))
      .filter((name) => {
        const testName = name.split('/').pop()!;
        return !filesUnder(join(root, 'test', 'unit', 'detectors')).some((t) =>
          t.endsWith(`${testName}.test.ts`),
        );
      });
    expect(missing).toEqual([]);
  });

  it('src/ never touches browser APIs', () => {
    const offenders = filesUnder(join(root, 'src'))
      .filter((file) =>
        /\b(chrome|browser)\.(runtime|tabs|webRequest|storage|action|i18n)\b|webextension-polyfill/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('only extension/browser.ts imports webextension-polyfill', () => {
    const importers = filesUnder(join(root, 'extension'))
      .filter((file) => readFileSync(file, 'utf8').includes("from 'webextension-polyfill'"))
      .map((file) => relative(root, file));
    expect(importers).toEqual(['extension/browser.ts']);
  });
});
