import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadSidebarApp } from '../../lib/content/load-app';
import { OUTLOOK_MATCHES } from '../../lib/providers/hosts';

export default defineContentScript({
  matches: [...OUTLOOK_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    return loadSidebarApp(ctx, 'outlook');
  },
});
