/**
 * The settings page's state: the stored settings, edited locally and saved after a short pause so
 * typing a name is one write, not one per key. Changes made elsewhere (another settings tab) flow in.
 */
import { i18n } from '#i18n';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getSettings, updateSettings, watchSettings } from '../../lib/settings/store';
import type { Settings } from '../../lib/settings/schema';
import { userMessage } from '../../lib/dashboard/user-message';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface SettingsState {
  settings: Settings | null;
  saveState: SaveState;
  error: string | null;
  change(patch: Partial<Settings>): void;
}

export function useSettings(debounceMs = 400): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<Partial<Settings>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    timer.current = null;
    const patch = pending.current;
    pending.current = {};
    if (!Object.keys(patch).length) return;
    try {
      await updateSettings(patch);
      setSaveState('saved');
      setError(null);
    } catch (err) {
      setSaveState('error');
      setError(i18n.t('options.notSaved', [userMessage(err)]));
    }
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    getSettings().then(setSettings, (err: unknown) => setError(i18n.t('options.notRead', [userMessage(err)])));
    // Only adopt outside changes while nothing of ours is waiting, or they would undo the user's typing.
    watchSettings((next) => {
      if (!Object.keys(pending.current).length) setSettings(next);
    }, abort.signal);
    const flushNow = () => void flush();
    window.addEventListener('pagehide', flushNow);
    return () => {
      abort.abort();
      window.removeEventListener('pagehide', flushNow);
      if (timer.current) clearTimeout(timer.current);
      void flush();
    };
  }, [flush]);

  const change = useCallback(
    (patch: Partial<Settings>) => {
      setSettings((s) => (s ? { ...s, ...patch } : s));
      pending.current = { ...pending.current, ...patch };
      setSaveState('saving');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), debounceMs);
    },
    [flush, debounceMs],
  );

  return { settings, saveState, error, change };
}
