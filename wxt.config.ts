import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { NLP_SCRIPT_BODY_KEY } from './lib/nlp/handoff';
import { MAIL_HOST_PATTERNS } from './lib/providers/hosts';

/**
 * The language module's script (entrypoints/nlp.ts), built as usual and then wrapped whole in a
 * function that importing it only defines; the worker runs it when it wants the module
 * (lib/nlp/handoff.ts says why).
 */
function deferNlpScript(): Plugin {
  return {
    name: 'client-rescue:defer-nlp-script',
    // After WXT's own plugins, so that the footer WXT adds (the script's return value) is wrapped too.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const script = bundle['nlp.js'];
      if (script?.type !== 'chunk') return;
      // On the script's first line, and closed before a dev build's inline source map, so the map's
      // lines still match.
      const map = script.code.indexOf('\n//# sourceMappingURL=');
      const [code, mapComment] = map >= 0 ? [script.code.slice(0, map), script.code.slice(map)] : [script.code, ''];
      script.code = `globalThis[Symbol.for(${JSON.stringify(NLP_SCRIPT_BODY_KEY)})]=function(){${code}\n};${mapComment}`;
    },
  };
}

// Explicit imports everywhere: auto-imports hide where a name comes from and which
// code ends up in the content script the mail page has to parse.
export default defineConfig({
  imports: false,
  // The sources zip Firefox reviewers ask for: the project, not build or test output.
  zip: { excludeSources: ['test-results/**', 'bench/results.json', '.output/**'] },
  modules: ['@wxt-dev/i18n/module'],
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the content scripts are injected once a mail tab has loaded (lib/injection/scripts-for-tab.ts).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting'],
    host_permissions: [...MAIL_HOST_PATTERNS],
    // Other Outlook servers (on-premises OWA, government clouds): asked for at run time, one server at
    // a time, from the settings page; never granted at install.
    optional_host_permissions: ['https://*/*'],
    // The sidebar app, imported by the content scripts once the mail page is idle (lib/content/load-app.ts).
    web_accessible_resources: [{ resources: ['sidebar-app.js'], matches: [...MAIL_HOST_PATTERNS] }],
    action: { default_title: 'Client Rescue' },
    // Built pages may load only their own scripts and may not reach the network at all; the dev
    // server needs its websocket, so the strict policy is for builds.
    ...(command === 'build'
      ? {
          content_security_policy: {
            extension_pages:
              "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'none'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'",
          },
        }
      : {}),
    // Shortcuts the user can change at chrome://extensions/shortcuts; handled in lib/commands.ts.
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Show or hide the Client Rescue sidebar' },
      'open-case': { suggested_key: { default: 'Alt+Shift+O' }, description: 'Open a rescue case from the message' },
      'insert-reply': { suggested_key: { default: 'Alt+Shift+I' }, description: 'Insert the listen-first reply' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'client-rescue@client-rescue.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false }), deferNlpScript()],
  }),
});
