import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MAIL_HOST_PATTERNS } from './lib/providers/hosts';

// Explicit imports everywhere: auto-imports hide where a name comes from and which
// code ends up in the content script the mail page has to parse.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Client Rescue',
    description:
      'Spot unhappy clients in Gmail and Outlook on the web, reply listen-first, and run rescue cases. Nothing leaves your browser.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    host_permissions: [...MAIL_HOST_PATTERNS],
    action: { default_title: 'Client Rescue' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'client-rescue@client-rescue.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false })],
  }),
});
