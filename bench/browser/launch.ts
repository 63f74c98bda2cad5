/**
 * Two Chromiums for with/without comparisons: the project's own launcher (extension loaded) and a
 * plain persistent context launched with the very same flags minus the extension, so the only
 * difference between the two is the extension. That includes Chromium's extension system: Playwright
 * turns it off by default (--disable-extensions), the extension browser must turn it back on, and a
 * user's Chrome always has it, so the plain browser keeps it on too (both launch with CHROMIUM_LAUNCH). With it off the plain browser
 * loaded the saved Gmail page a few per cent faster for reasons that have nothing to do with us
 * (bench/probe/page-load-variants.ts, variants plain vs plain-ext-on).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_LAUNCH, chromiumArgs, launchWithExtension, type ExtensionBrowser } from '../../test/e2e/browser';

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** test/e2e/browser.ts's launch, options and flags, without the extension. */
export async function launchPlain(resolverRules: string): Promise<PlainBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cr-bench-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, { ...CHROMIUM_LAUNCH, args: chromiumArgs(resolverRules) });
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
