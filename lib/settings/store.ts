/** The one place settings are read and written, in every context (content scripts, pages, background). */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './schema';

/**
 * Versioned so a later shape can migrate stored values; v1 is the first shipped shape.
 * Stored values are merged over the defaults, so a field added later reads its default until set.
 */
export const settingsItem = storage.defineItem<Partial<Settings>>('local:settings', {
  fallback: {},
  version: 1,
});

export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const s = stored ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    working: { ...DEFAULT_SETTINGS.working, ...s.working },
    sites: { ...DEFAULT_SETTINGS.sites, ...s.sites },
    listFlags: { ...DEFAULT_SETTINGS.listFlags, ...s.listFlags },
  };
}

export async function getSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = withDefaults({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with the settings after each change, and those before it. */
export function watchSettings(callback: (settings: Settings, previous: Settings) => void, signal: AbortSignal): void {
  const unwatch = settingsItem.watch((value, previous) => callback(withDefaults(value), withDefaults(previous)));
  // In a tab orphaned by an extension reload, touching browser.storage throws; its listener died with it.
  signal.addEventListener('abort', () => tryUnwatch(unwatch), { once: true });
}

function tryUnwatch(unwatch: () => void): void {
  try {
    unwatch();
  } catch {
    // Extension context invalidated: nothing left to unwatch.
  }
}
