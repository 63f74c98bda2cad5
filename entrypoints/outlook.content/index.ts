import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOnSite } from '../../components/sidebar/start-on-site';
import { OUTLOOK_MATCHES } from '../../lib/providers/hosts';

export default defineContentScript({
  matches: [...OUTLOOK_MATCHES],
  // Styles go into the sidebar's shadow root only, never into the mail page.
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    return startOnSite(ctx, 'outlook');
  },
});
