/**
 * Other Outlook servers the user added in settings: the Outlook content script is registered for the
 * ones whose host permission they granted (optional permissions, asked at run time on the settings
 * page). The sidebar app is registered with it, since those hosts cannot import it as a web-accessible
 * resource.
 */
import { browser } from 'wxt/browser';
import { matchPatternFor } from '../../lib/settings/outlook-servers';

const SCRIPT_ID = 'client-rescue-outlook-servers';

export async function syncOutlookServerScripts(origins: readonly string[]): Promise<void> {
  // Present only once the user granted the optional "scripting" permission with a server.
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  if (!scripting?.registerContentScripts) return;
  const granted: string[] = [];
  for (const origin of origins) {
    if (await browser.permissions.contains({ origins: [matchPatternFor(origin)] })) granted.push(matchPatternFor(origin));
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) return;
  await scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: granted,
      js: ['sidebar-app.js', 'content-scripts/outlook.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
