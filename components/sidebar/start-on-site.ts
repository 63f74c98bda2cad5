/**
 * The content scripts' shared start: wait until the page is the mail app we know, then mount. On a
 * page no provider recognises (an error page, a redesign beyond recognition) nothing is touched.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MailProvider, MailProviderId } from '../../lib/providers/types';
import { providerFor } from '../../lib/providers';
import { composeUrlFor } from '../../lib/providers/compose-url';
import { mountSidebar } from './mount-sidebar';

/** Mail apps render their shell late; give up quietly after this. */
const RECOGNISE_TIMEOUT_MS = 30_000;

function recognised(provider: MailProvider): boolean {
  return provider.health().parts.some((p) => p.part === 'main' && p.ok);
}

function whenRecognised(ctx: ContentScriptContext, provider: MailProvider): Promise<boolean> {
  if (recognised(provider)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!recognised(provider)) return;
      done(true);
    });
    const timer = ctx.setTimeout(() => done(false), RECOGNISE_TIMEOUT_MS);
    function done(ok: boolean) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(ok);
    }
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => done(false));
  });
}

/**
 * When the extension is reloaded or updated, this script stays in the open tab as an orphan, and WXT
 * only notices when someone reads `ctx.isInvalid`. The page keeps navigating; each navigation would
 * re-render the sidebar, and every render of an orphan throws ("Extension context invalidated").
 * Checking on each navigation event invalidates the context instead: the sidebar is removed quietly.
 */
function orphanSafe(ctx: ContentScriptContext, provider: MailProvider): MailProvider {
  return {
    ...provider,
    onNavigate: (listener, signal) =>
      provider.onNavigate((event) => {
        if (!ctx.isInvalid) listener(event);
      }, signal),
  };
}

export async function startSidebarApp(ctx: ContentScriptContext, site: MailProviderId): Promise<void> {
  const provider = orphanSafe(ctx, providerFor(site, window));
  if (!(await whenRecognised(ctx, provider))) return;
  await mountSidebar(ctx, provider, (draft) => composeUrlFor(site, location, draft));
}
