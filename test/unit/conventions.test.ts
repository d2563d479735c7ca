/**
 * Conventions enforced by a test: every detector under src/detectors has a unit test named
 * after it, and src/ never touches browser APIs (extension/browser.ts is the one door).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_KINDS } from '../../src/model';

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

  it('content scripts reach the runtime through extension/content/runtime.ts, not the polyfill', () => {
    // A value import of extension/browser.ts would bundle the polyfill into every frame's script.
    const offenders = [
      ...filesUnder(join(root, 'extension', 'content')),
      ...filesUnder(join(root, 'extension', 'page')),
    ]
      .filter((file) =>
        /^import (?!type )[^;]*from '\.\.\/(?:\.\.\/)?browser'/mu.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('every observation kind is documented in the data model and the export format', () => {
    for (const doc of ['data-model.md', 'export-format.md']) {
      const text = readFileSync(join(root, 'docs', doc), 'utf8');
      const missing = OBSERVATION_KINDS.filter((kind) => !text.includes(`\`${kind}\``));
      expect(missing, doc).toEqual([]);
    }
  });

  it('the JSON examples in docs/ parse', () => {
    for (const doc of readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'))) {
      const text = readFileSync(join(root, 'docs', doc), 'utf8');
      for (const [, block] of text.matchAll(/```json\n([\s\S]*?)```/g))
        expect(() => JSON.parse(block!) as unknown, doc).not.toThrow();
    }
  });

  it('every locale has the same messages, with names Chrome accepts', () => {
    const locales = ['en', 'de', 'zh_CN'].map((locale) => ({
      locale,
      messages: JSON.parse(
        readFileSync(join(root, 'public', '_locales', locale, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string; placeholders?: object }>,
    }));
    const english = Object.keys(locales[0]!.messages).sort();
    for (const { locale, messages } of locales) {
      expect(Object.keys(messages).sort(), locale).toEqual(english);
      expect(
        english.filter((name) => !/^[A-Za-z0-9_@]+$/.test(name)),
        locale,
      ).toEqual([]);
      for (const name of english) {
        // Every $PLACEHOLDER$ used in a message is declared.
        const used = [...messages[name]!.message.matchAll(/\$([A-Za-z]+)\$/g)].map((m) =>
          m[1]!.toLowerCase(),
        );
        const declared = Object.keys(messages[name]!.placeholders ?? {});
        expect(
          used.filter((p) => !declared.includes(p)),
          `${locale} ${name}`,
        ).toEqual([]);
      }
    }
  });
});
