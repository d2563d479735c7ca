/**
 * Build of the extension: preact for the pages, @crxjs/vite-plugin for the manifest. Content
 * scripts are standalone files (no async loader, no web-accessible chunks) so they run at
 * document_start. `--mode firefox` derives the Firefox manifest and writes dist-firefox/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };

// extension/gpc/navigator-gpc.ts is registered at run time (scripting API) by extension/background/gpc.ts.
// It must not be named index.ts: crxjs would take its chunk for the service worker's (same chunk name).
const CONTENT_SCRIPTS = [
  'extension/content/index.ts',
  'extension/content/top-frame.ts',
  'extension/page/index.ts',
  'extension/gpc/navigator-gpc.ts',
];
const FIREFOX_ID = 'glass-customer@glass-customer.org';
const POPUP_HTML = 'extension/popup/index.html';
const ROOT = fileURLToPath(new URL('.', import.meta.url));

type Manifest = typeof baseManifest & Record<string, unknown>;

/**
 * Firefox runs MV3 backgrounds as event pages and wants a gecko id and a data-collection
 * declaration (supported from Firefox 140, Android 142). It has no match_origin_as_fallback.
 */
function firefoxManifest(manifest: Manifest): Manifest {
  const { service_worker: serviceWorker, ...background } = manifest.background;
  return {
    ...manifest,
    background: { ...background, scripts: [serviceWorker] } as unknown as Manifest['background'],
    content_scripts: manifest.content_scripts.map(({ match_origin_as_fallback: _unused, ...script }) => ({
      ...script,
      match_about_blank: true,
    })),
    // Firefox rejects Chromium's webtransport/webbundle types and has types of its own.
    declarative_net_request: {
      rule_resources: manifest.declarative_net_request.rule_resources.map((ruleset) => ({
        ...ruleset,
        path: ruleset.path.replace(/\.json$/, '-firefox.json'),
      })),
    },
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
    minimum_chrome_version: undefined as unknown as string,
  };
}

/** Ships the tracker database engine with the extension; the worker loads it from its own files. */
function trackerEngineAsset(): Plugin {
  const require = createRequire(import.meta.url);
  const enginePath = require
    .resolve('@ghostery/trackerdb')
    .replace(/dist[/\\]cjs[/\\]index\.js$/, 'dist/trackerdb.engine');
  return {
    name: 'glass-customer:trackerdb-engine',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/trackerdb.engine', source: readFileSync(enginePath) });
    },
  };
}

/**
 * webextension-polyfill is a CommonJS module. In a browser with its own `browser` namespace
 * (Chromium 136+, Firefox) its export is that object itself, and the bundler's CommonJS interop
 * copies the export's own properties onto a namespace object: reading each property's
 * descriptor instantiates that API's bindings, about 8 ms for Chromium's 14 namespaces, in every
 * page (the popup's too) and content script before its first line runs. The build resolves the
 * package to an ES-module copy whose default export is the polyfill's export, so nothing is
 * copied and each API is instantiated when first used. An alias, not a plugin: crxjs builds the
 * content scripts with this config's `resolve` but without its plugins.
 */
function polyfillAsEsModule(): { find: RegExp; replacement: string } {
  const source = readFileSync(createRequire(import.meta.url).resolve('webextension-polyfill'), 'utf8');
  const file = join(ROOT, 'node_modules', '.glass-customer', 'webextension-polyfill.mjs');
  mkdirSync(dirname(file), { recursive: true });
  // With `exports` defined, the polyfill's UMD wrapper fills this `module`.
  writeFileSync(
    file,
    `const module = { exports: {} };\nconst exports = module.exports;\n${source}\nexport default module.exports;\n`,
  );
  return { find: /^webextension-polyfill$/, replacement: file };
}

const POLYFILL_AS_ES_MODULE = polyfillAsEsModule();

/**
 * crxjs makes every `?script` import web-accessible, but the GPC script is registered through the
 * scripting API, which needs no such entry; a web-accessible file would let any site detect the
 * extension by loading it. Drops those entries from the built manifest.
 */
function noWebAccessibleRegisteredScripts(): Plugin {
  return {
    name: 'glass-customer:no-web-accessible-registered-scripts',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      editBuiltManifest(options.dir ?? 'dist', (built) => {
        const kept = ((built.web_accessible_resources ?? []) as { resources: string[] }[])
          .map((entry) => ({
            ...entry,
            resources: entry.resources.filter((r) => !r.startsWith('extension/gpc/')),
          }))
          .filter((entry) => entry.resources.length > 0);
        if (kept.length > 0) built.web_accessible_resources = kept;
        else delete built.web_accessible_resources;
      });
    },
  };
}

/**
 * The popup is built on its own after the main build: one script, nothing shared with the other
 * pages, and its stylesheet inside the HTML. A cold popup pays for every file it loads (each is
 * fetched through the browser process, and scripts wait for stylesheets); built alone it renders
 * about 25 ms sooner on the benchmark machine, and with its style inline about 15 ms more
 * (test/bench/ui-render.ts). Code needed only on a click (the comparison's detectors) stays a lazy
 * chunk. crxjs is given the manifest without the popup (it would build it as a shared-chunk page);
 * the popup is put back into the built manifest here.
 */
function popupBuiltAlone(): Plugin {
  // Where the main build went (its --outDir, when one is given).
  let outDir = '';
  return {
    name: 'glass-customer:popup-built-alone',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: ROOT,
        publicDir: false,
        logLevel: 'warn',
        plugins: [preact()],
        resolve: { alias: [POLYFILL_AS_ES_MODULE] },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: false,
          modulePreload: false,
          rolldownOptions: {
            input: POPUP_HTML,
            output: {
              entryFileNames: 'assets/popup-[hash].js',
              chunkFileNames: 'assets/popup-[name]-[hash].js',
              assetFileNames: 'assets/popup-[hash][extname]',
            },
          },
        },
      });
      inlineStylesheet(join(outDir, POPUP_HTML), outDir);
      editBuiltManifest(outDir, (built) => {
        built.action = { ...(built.action as object), default_popup: POPUP_HTML };
      });
    },
  };
}

/** Reads the built manifest in `dir`, lets `edit` change it, and writes it back. */
function editBuiltManifest(dir: string, edit: (built: Record<string, unknown>) => void): void {
  const file = join(dir, 'manifest.json');
  const built = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(built);
  writeFileSync(file, JSON.stringify(built, null, 2));
}

/** Puts a built page's one stylesheet into the page (the CSP restricts scripts, not styles). */
function inlineStylesheet(htmlFile: string, outDir: string): void {
  const html = readFileSync(htmlFile, 'utf8');
  const links = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g)];
  if (links.length !== 1) throw new Error(`${htmlFile}: expected one stylesheet, found ${links.length}`);
  const [link, path] = links[0]!;
  const css = readFileSync(join(outDir, path!), 'utf8');
  if (css.includes('</')) throw new Error(`${path}: a stylesheet must not contain "</"`);
  writeFileSync(
    htmlFile,
    html.replace(link, () => `<style>${css}</style>`),
  );
  rmSync(join(outDir, path!));
}

/** The manifest crxjs builds from: the same, without the popup (popupBuiltAlone builds it). */
function withoutPopup(manifest: Manifest): Manifest {
  const { default_popup: _builtAlone, ...action } = manifest.action;
  return { ...manifest, action: action as Manifest['action'] };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const outDir = firefox ? 'dist-firefox' : 'dist';
  const manifest = withoutPopup({
    ...(firefox ? firefoxManifest(baseManifest) : baseManifest),
    version: packageJson.version,
  });
  return {
    plugins: [
      preact(),
      crx({
        manifest,
        browser: firefox ? 'firefox' : 'chrome',
        contentScripts: { standaloneFiles: CONTENT_SCRIPTS },
      }),
      trackerEngineAsset(),
      noWebAccessibleRegisteredScripts(),
      popupBuiltAlone(),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
    },
    resolve: { alias: [POLYFILL_AS_ES_MODULE] },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
