import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadSidebarApp } from '../../lib/content/load-app';
import { GMAIL_MATCHES } from '../../lib/providers/hosts';

export default defineContentScript({
  matches: [...GMAIL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    return loadSidebarApp(ctx, 'gmail');
  },
});
