/**
 * What the content script itself does: nothing until the mail page has finished loading and the
 * browser is idle, then load the sidebar app module and start it. The mail page never waits for us.
 *
 * Chrome injects document_idle scripts as soon as the page is idle after DOMContentLoaded, which on a
 * page that loads quickly is before its load event (bench/probe/page-load-trace.ts shows it), so the
 * waiting below is what keeps our work out of the page's load.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MailProviderId } from '../providers/types';
import { sidebarAppHandoff } from './app-handoff';
import type { RequestEnvelope } from '../messaging/protocol';

export const SIDEBAR_APP_PATH = '/sidebar-app.js';

/**
 * Resolves in a task of its own after the load event: resolving inside a load listener would run our
 * continuation (the worker message below) within the page's load event and make it end later.
 */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => setTimeout(resolve, 0), { once: true }));
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1_000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Asks the worker to load the analyser as soon as the mail page has loaded (not before: the page's
 * own load must not compete with ours), while the sidebar app is still being fetched and started, so
 * the first message opened does not wait for it. Fire and forget: the sidebar asks again.
 */
function warmAnalyser(): void {
  const warm: RequestEnvelope<'tone:warm'> = { cr: 1, type: 'tone:warm', payload: {} };
  browser.runtime.sendMessage(warm).catch(() => undefined);
}

export async function loadSidebarApp(ctx: ContentScriptContext, site: MailProviderId): Promise<void> {
  await pageLoaded();
  warmAnalyser();
  await idle();
  if (ctx.isInvalid) return;
  if (!sidebarAppHandoff.registered()) {
    await import(/* @vite-ignore */ browser.runtime.getURL(SIDEBAR_APP_PATH));
  }
  const start = sidebarAppHandoff.registered();
  if (!start) throw new Error('Client Rescue: the sidebar module did not load.');
  await start(ctx, site);
}
