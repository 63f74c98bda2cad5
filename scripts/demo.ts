/**
 * The demo mailbox: Client Rescue at work on invented client mail, without a mail account.
 *
 *   npm run demo                                 builds if needed, opens Chromium on the demo inbox
 *   npm run demo -- --build                      rebuild first, even if the build looks current
 *   npm run demo -- --headless --screenshot x.png  no window: opens the escalation email, saves a screenshot
 *
 * Chromium runs with a throwaway profile in a temp folder (deleted on exit) and only this extension
 * loaded; the user's own browser and profile are never touched. The demo pages (demo/pages) are served
 * over local HTTPS on mail.google.com, mapped to this machine for that one Chromium through
 * --host-resolver-rules, so the extension's shipped match patterns apply as on the real site. The
 * certificate is a throwaway self-signed one that only this Chromium is told to accept.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startMailServer, type MailServer } from '../test/e2e/mail-server';
import { demoThreadPath, writeDemoPages } from '../demo/make-pages';

const ROOT = path.resolve(import.meta.dirname, '..');
export const DEMO_PAGES = path.join(ROOT, 'demo/pages');

/** The demo pages are generated from demo/make-pages.ts each time, so they always match it. */
export function ensureDemoPages(): string {
  return writeDemoPages(DEMO_PAGES);
}
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What the build is made from: a newer file here means the build is stale. */
const SOURCES = ['entrypoints', 'components', 'lib', 'locales', 'public', 'assets', 'wxt.config.ts', 'package.json'];

export const DEMO_INBOX_URL = 'https://mail.google.com/mail/u/0/?fixture=demo-inbox#inbox';
export const demoThreadUrl = (key: 'calm' | 'concerned' | 'upset' | 'escalation' | 'quoted') =>
  `https://mail.google.com${demoThreadPath(key)}`;

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when .output/chrome-mv3 is missing or older than any source file. */
export function buildIsStale(): boolean {
  const manifest = path.join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

export function buildExtension(): void {
  console.log('Building the extension (npx wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status ?? result.signal})`);
}

export interface DemoOptions {
  headless?: boolean;
  /** Viewport for headless runs (screenshots). */
  viewport?: { width: number; height: number };
}

export interface Demo {
  context: BrowserContext;
  server: MailServer;
  /** The tab showing the demo inbox. */
  page: Page;
  close(): Promise<void>;
}

/** Starts the demo mail server and a throwaway Chromium with the built extension, on the demo inbox. */
export async function launchDemo({ headless = false, viewport = { width: 1280, height: 800 } }: DemoOptions = {}): Promise<Demo> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const server = await startMailServer(ensureDemoPages());
  const profile = mkdtempSync(path.join(os.tmpdir(), 'client-rescue-demo-'));
  let context: BrowserContext | undefined;
  const cleanup = async () => {
    await context?.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless,
      // The self-signed certificate is trusted by this throwaway browser only.
      ignoreHTTPSErrors: true,
      viewport: headless ? viewport : null,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        `--host-resolver-rules=${server.resolverRules}`,
        ...(headless ? ['--no-sandbox', '--disable-gpu'] : ['--window-size=1440,900']),
        '--disable-quic',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // The extension is ready once its service worker runs (it opens its welcome tab on install).
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
    await page.goto(DEMO_INBOX_URL);
    // The welcome tab may open after the inbox; keep the inbox in front.
    const front = () => void page.bringToFront().catch(() => undefined);
    context.on('page', front);
    setTimeout(() => context?.off('page', front), 5_000).unref();
    return { context, server, page, close: cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const headless = args.includes('--headless');
  const screenshotPath = optionValue(args, '--screenshot') ?? (headless ? 'test-results/screenshots/demo.png' : undefined);
  if (args.includes('--build') || buildIsStale()) buildExtension();

  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display to open a window on. Run "npm run demo -- --headless" for a screenshot instead.');
    process.exitCode = 1;
    return;
  }

  const demo = await launchDemo({ headless });
  const stop = async () => {
    await demo.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  if (headless) {
    try {
      const page = demo.page;
      await page.goto(demoThreadUrl('escalation'));
      await page.locator('[data-client-rescue="sidebar"] [data-cr="tone"]').waitFor({ timeout: 20_000 });
      const level = await page.locator('[data-client-rescue="sidebar"] [data-cr="tone"]').getAttribute('data-level');
      if (screenshotPath) {
        mkdirSync(path.dirname(path.resolve(screenshotPath)), { recursive: true });
        await page.screenshot({ path: screenshotPath });
      }
      console.log(`Escalation email read as: ${level}${screenshotPath ? `; screenshot at ${screenshotPath}` : ''}`);
    } finally {
      await demo.close();
    }
    return;
  }

  console.log(
    [
      '',
      'Client Rescue demo is open in a separate Chromium window (throwaway profile).',
      '  Open a message from the inbox: the sidebar reads it, flags the unhappy ones and drafts a reply.',
      '  "Open rescue case" saves a case; the dashboard is in the extension menu (puzzle icon).',
      'Close the window or press Ctrl+C here to end the demo; its profile is deleted.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => demo.context.once('close', () => resolve()));
  await demo.close();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
