/**
 * Copies of the built extension that differ from it in one script only, so a benchmark can
 * trace them beside it and show where the page-time cost lies: one whose top-frame script only
 * reads the page (read-only-scan.ts), one without a top-frame page scan at all (the MAIN-world
 * hooks, the bridge and the form watcher stay). Made in a temporary directory per run.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const TOP_FRAME_SCRIPT = join('extension', 'content', 'top-frame.js');

/** `entry` and what it imports as one classic script (its exports on `globalThis[name]`). */
export async function classicScript(entry: string, name: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry, name, formats: ['iife'] } },
  });
  const result = Array.isArray(output) ? output[0]! : output;
  if (!('output' in result)) throw new Error('unexpected vite build result');
  return result.output[0].code;
}

function copyWithTopFrame(dist: string, script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'glass-customer-variant-'));
  cpSync(dist, dir, { recursive: true });
  writeFileSync(join(dir, TOP_FRAME_SCRIPT), script);
  return dir;
}

export interface ExtensionVariants {
  /** The page scan replaced by reading its candidates' text without matching anything. */
  readOnly: string;
  /** No page scan: the top-frame script is empty. */
  noScan: string;
  /** Removes both copies. */
  remove(): void;
}

export async function extensionVariants(dist: string): Promise<ExtensionVariants> {
  const reader = await classicScript(resolve(import.meta.dirname, 'read-only-scan.ts'), 'GlassReader');
  const readOnly = copyWithTopFrame(dist, reader);
  const noScan = copyWithTopFrame(dist, '// No page scan in this benchmark variant.\n');
  return {
    readOnly,
    noScan,
    remove: () => {
      for (const dir of [readOnly, noScan]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
