/**
 * What the content script itself does: wait for the browser to be idle, then load the sidebar app
 * module and start it. The worker injects this script only once the mail tab has finished loading
 * (entrypoints/background/inject.ts), so the page's own load never waits for us.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MailProviderId } from '../providers/types';
import { sidebarAppHandoff } from './app-handoff';
import type { RequestEnvelope } from '../messaging/protocol';

export const SIDEBAR_APP_PATH = '/sidebar-app.js';

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1_000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Asks the worker to load the analyser at once, while the sidebar app is still being fetched and started, so
 * the first message opened does not wait for it. Fire and forget: the sidebar asks again.
 */
function warmAnalyser(): void {
  const warm: RequestEnvelope<'tone:warm'> = { cr: 1, type: 'tone:warm', payload: {} };
  browser.runtime.sendMessage(warm).catch(() => undefined);
}

export async function loadSidebarApp(ctx: ContentScriptContext, site: MailProviderId): Promise<void> {
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
