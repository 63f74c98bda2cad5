/** Launches Debian's Chromium with the built extension loaded, as a person would run it. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

/**
 * Launch options every Chromium of the tests and the bench shares, with or without the extension.
 * Playwright turns Chromium's extension system off by default; it stays on, as in a user's Chrome.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  ignoreHTTPSErrors: true,
  viewport: { width: 1400, height: 900 },
  ignoreDefaultArgs: ['--disable-extensions'],
};

/** Command-line flags for CHROMIUM_LAUNCH: the mail hosts mapped to the local server, nothing phoning home. */
export function chromiumArgs(resolverRules: string): string[] {
  return [
    `--host-resolver-rules=${resolverRules}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** Flags that load one unpacked extension (and no other). */
export function extensionArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

async function launchOnce(resolverRules: string, userDataDir: string, extensionDir: string): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...CHROMIUM_LAUNCH,
    args: [...extensionArgs(extensionDir), ...chromiumArgs(resolverRules)],
  });
  // An action that cannot happen should fail with a message, not hang until the test's own timeout.
  context.setDefaultTimeout(15_000);
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
      close: async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Known flake: the service worker occasionally never appears after launch; retry the launch itself. */
export async function launchWithExtension(resolverRules: string, extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'client-rescue-e2e-'));
    try {
      return await launchOnce(resolverRules, userDataDir, extensionDir);
    } catch (error) {
      lastError = error;
      rmSync(userDataDir, { recursive: true, force: true });
    }
  }
  throw lastError;
}

/**
 * Stops the extension's service worker as Chrome does after 30 s without events (through DevTools,
 * from `page`); the next event or message starts it again from nothing.
 */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Collects page errors and console errors so a test can assert the host page stayed healthy. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * Runs in the page: whether the element is what a person sees at its own centre, i.e. not clipped
 * away by an `overflow: hidden` ancestor nor covered by something else.
 */
export function isOnTop(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return false;
  const hit = el.ownerDocument.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return !!hit && (hit === el || el.contains(hit));
}

/**
 * A screenshot of what a person sees, with our sidebar in view when the page has one: the saved
 * Outlook pages carry no styles, so their reading pane and the sidebar beside it sit below the list.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  const bar = page.locator('[data-client-rescue="sidebar"]');
  if ((await bar.count()) === 1) await bar.scrollIntoViewIfNeeded();
  await page.screenshot({ path: file });
  return file;
}
