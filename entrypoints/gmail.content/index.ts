import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadSidebarApp } from '../../lib/content/load-app';
import { GMAIL_MATCHES } from '../../lib/providers/hosts';

export default defineContentScript({
  matches: [...GMAIL_MATCHES],
  // Injected by the worker once a mail tab has loaded (entrypoints/background/inject.ts), not declared.
  registration: 'runtime',
  // WXT's "script started" notice to older copies of this script goes by a DOM event only, not also by
  // window.postMessage into the mail page (whose message listeners would run, and learn our id).
  noScriptStartedPostMessage: true,
  main(ctx) {
    return loadSidebarApp(ctx, 'gmail');
  },
});
