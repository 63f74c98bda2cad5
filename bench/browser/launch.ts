/**
 * Two Chromiums for with/without comparisons: the project's own launcher (extension loaded) and a
 * plain persistent context launched with the very same flags minus the extension, so the only
 * difference between the two is the extension.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../test/e2e/browser';
import { CHROMIUM_PATH } from '../lib/machine';

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Mirrors test/e2e/browser.ts's flags; keep the two in step. */
export async function launchPlain(resolverRules: string): Promise<PlainBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cr-bench-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
    args: [
      `--host-resolver-rules=${resolverRules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface Browsers {
  ext: ExtensionBrowser;
  plain: PlainBrowser;
  close(): Promise<void>;
}

/**
 * tsx compiles this bench with esbuild's keepNames, which wraps inner functions in a `__name(...)`
 * helper; functions Playwright serialises into a page would then throw. An identity helper in
 * every page (both browsers alike, so comparisons stay fair) keeps the in-page code plain TypeScript.
 */
export const NAME_HELPER = 'globalThis.__name = globalThis.__name || ((target) => target);';

export async function launchBoth(resolverRules: string): Promise<Browsers> {
  const ext = await launchWithExtension(resolverRules);
  try {
    const plain = await launchPlain(resolverRules);
    await Promise.all([ext.context.addInitScript(NAME_HELPER), plain.context.addInitScript(NAME_HELPER)]);
    return { ext, plain, close: async () => void (await Promise.allSettled([ext.close(), plain.close()])) };
  } catch (error) {
    await ext.close();
    throw error;
  }
}
