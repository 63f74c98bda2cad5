import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSidebarApp } from '../components/sidebar/start-on-site';
import { sidebarAppHandoff } from '../lib/content/app-handoff';

// Loaded by the content scripts with import() once the mail page is idle; see lib/content/load-app.ts.
export default defineUnlistedScript(() => {
  sidebarAppHandoff.register(startSidebarApp);
});
