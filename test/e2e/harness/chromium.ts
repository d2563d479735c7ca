// Owns how e2e tests and the demo start Chromium: which binary, which flags (every host name mapped to the
// local fixture server, self-signed TLS accepted), loading the unpacked extension, finding its service worker
// and id, and the webRequest readiness gate. Facts behind these choices: docs/testing.md (shared).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export interface Browser {
  context: BrowserContext;
  /** Host of the service worker's chrome-extension:// URL; it depends on dist's absolute path. */
  extensionId?: string;
  serviceWorker?: Worker;
  /** Parsed dist/manifest.json of the loaded extension. */
  manifest?: chrome.runtime.ManifestV3;
  extensionUrl(pathInDist: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Built extension directory (dist/); omit to launch a plain browser. */
  extensionDir?: string;
  headless?: boolean;
  /** Profile directory to use (and keep); by default a fresh temporary one is created and removed on close. */
  userDataDir?: string;
  /** UI and Accept-Language locale, e.g. 'de-DE'. */
  lang?: string;
  /**
   * Send third-party cookies, as Chrome does by default for most users. Debian's Chromium here
   * blocks them unless the profile says otherwise (only for a fresh profile).
   */
  allowThirdPartyCookies?: boolean;
  /**
   * Reach the real network (the researcher crawl): no host-resolver rules sending every host to the
   * fixture server, and certificates checked as usual. The fixture-server readiness gate cannot run then.
   */
  realNetwork?: boolean;
}

/** Host answered by the fixture server on every path, used only by the readiness gate. */
const WARMUP_HOST = 'warmup.glass-fixtures.example';

/**
 * Chromium 156 here keeps calling these even with --disable-background-networking and
 * --disable-component-update: update.googleapis.com (extension/component updater) at start, and
 * accounts.google.com/ListAccounts, retried with backoff for as long as the browser runs. Rules apply in
 * order, so these fail name resolution before the catch-all sends everything else to the fixture server.
 */
const BROWSER_SERVICE_HOSTS = [
  'accounts.google.com',
  'update.googleapis.com',
  'clients2.google.com',
  'clients2.googleusercontent.com',
  'clientservices.googleapis.com',
  'content-autofill.googleapis.com',
  'optimizationguide-pa.googleapis.com',
  'safebrowsing.googleapis.com',
];

function hostResolverRules(): string {
  return [...BROWSER_SERVICE_HOSTS.map((host) => `MAP ${host} ~NOTFOUND`), 'MAP * 127.0.0.1'].join(', ');
}

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's real binary; /usr/bin/chromium is a wrapper that adds its own flags
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

export function chromiumInstallHint(): string {
  return 'Chromium was not found. Install it with: apt-get update && apt-get install -y chromium (or set CHROME_PATH).';
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumInstallHint());

  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'glass-customer-profile-')));
  if (ownsProfile && options.allowThirdPartyCookies) {
    await mkdir(join(userDataDir, 'Default'), { recursive: true });
    // cookie_controls_mode 0 = "allow third-party cookies" in the profile's settings.
    await writeFile(
      join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({ profile: { cookie_controls_mode: 0 } }),
    );
  }
  const extensionDir = options.extensionDir ? resolve(options.extensionDir) : undefined;
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No manifest.json in ${extensionDir}: build the extension first (npm run build).`);
  }

  const args = [
    // Every host name goes to the local fixture server, so fixtures can use real tracker domains – except
    // the browser's own service hosts, which would otherwise show up in the request log as "third parties".
    ...(options.realNetwork
      ? []
      : [`--host-resolver-rules=${hostResolverRules()}`, '--ignore-certificate-errors']),
    '--no-sandbox',
    // QUIC would bypass the TCP fixture server for hosts Chromium believes speak HTTP/3.
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
  ];
  if (extensionDir)
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  if (options.lang) args.push(`--lang=${options.lang}`);

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless ?? true,
      args,
      ...(extensionDir ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
      ...(options.lang ? { locale: options.lang } : {}),
    });
  } catch (error) {
    if (ownsProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
    throw error;
  }

  const close = async () => {
    await context.close().catch(() => undefined);
    if (ownsProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  };

  if (!extensionDir) {
    return {
      context,
      extensionUrl: () => {
        throw new Error('This browser was launched without an extension.');
      },
      close,
    };
  }

  try {
    const serviceWorker = await findExtensionWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    const manifest = JSON.parse(
      await readFile(join(extensionDir, 'manifest.json'), 'utf8'),
    ) as chrome.runtime.ManifestV3;
    return {
      context,
      extensionId,
      serviceWorker,
      manifest,
      extensionUrl: (pathInDist) => `chrome-extension://${extensionId}/${pathInDist.replace(/^\/+/, '')}`,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function findExtensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 });
  } catch {
    throw new Error(
      'The extension service worker did not start within 15 s. Check that the extension builds and that ' +
        'Chromium honours --load-extension (branded Chrome 137+ ignores it; use Chromium).',
    );
  }
}

/**
 * The readiness gate: webRequest listeners are not live the instant the worker starts, so register a
 * one-shot listener from inside the worker and load a warm-up URL until it fires. Needs the fixture server.
 */
export async function waitForWebRequestReady(browser: Browser, timeoutMs = 10_000): Promise<void> {
  const worker = browser.serviceWorker;
  if (!worker) throw new Error('waitForWebRequestReady needs a browser launched with an extension.');

  // No named function bindings inside evaluated callbacks: tsx (esbuild keepNames) wraps them in a
  // __name() helper that does not exist in the worker once Playwright serialises the callback.
  await worker.evaluate((host) => {
    const scope = globalThis as unknown as Record<string, unknown>;
    scope.__glassWarmupSeen = false;
    scope.__glassWarmupListener = (): undefined => {
      scope.__glassWarmupSeen = true;
      return undefined;
    };
    chrome.webRequest.onBeforeRequest.addListener(
      scope.__glassWarmupListener as Parameters<typeof chrome.webRequest.onBeforeRequest.addListener>[0],
      { urls: [`*://${host}/*`] },
    );
  }, WARMUP_HOST);

  const seen = () =>
    worker.evaluate(() => (globalThis as unknown as Record<string, unknown>).__glassWarmupSeen === true);
  const page = await browser.context.newPage();
  const deadline = Date.now() + timeoutMs;
  let ready = false;
  try {
    for (let attempt = 0; !ready && Date.now() < deadline; attempt += 1) {
      await page.goto(`http://${WARMUP_HOST}/?n=${attempt}`, { timeout: 5_000 }).catch(() => undefined);
      // The listener runs asynchronously in the worker; give it a moment before loading again.
      for (let poll = 0; poll < 5 && !ready; poll += 1) {
        ready = await seen();
        if (!ready) await page.waitForTimeout(50);
      }
    }
  } finally {
    await worker
      .evaluate(() => {
        const scope = globalThis as unknown as Record<string, unknown>;
        const listener = scope.__glassWarmupListener as Parameters<
          typeof chrome.webRequest.onBeforeRequest.removeListener
        >[0];
        if (listener) chrome.webRequest.onBeforeRequest.removeListener(listener);
        delete scope.__glassWarmupListener;
      })
      .catch(() => undefined);
    await page.close().catch(() => undefined);
  }
  if (!ready) {
    throw new Error(
      `webRequest did not observe http://${WARMUP_HOST}/ within ${timeoutMs} ms. Is the fixture server ` +
        'running, and does the extension have the webRequest permission and host access?',
    );
  }
}

/** Popup path inside dist/, read from the built manifest (crxjs keeps the source path). */
export function popupPath(browser: Browser): string {
  const path = browser.manifest?.action?.default_popup;
  if (!path) throw new Error('The built manifest declares no action.default_popup.');
  return path;
}

/** Dashboard (options page) path inside dist/, read from the built manifest. */
export function dashboardPath(browser: Browser): string {
  const path = browser.manifest?.options_ui?.page;
  if (!path) throw new Error('The built manifest declares no options_ui.page.');
  return path;
}
