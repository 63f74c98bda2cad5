/** What every dashboard component needs from the page: the database, settings, the clock, and feedback. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RescueDb, StampedTable } from '../../lib/cases/db';
import type { Settings } from '../../lib/settings/schema';

export interface Notice {
  text: string;
  action?: { label: string; run(): void };
}

export interface DashboardEnv {
  db: RescueDb;
  settings: Settings;
  now(): Date;
  /**
   * Runs a write. A failure (quota, aborted…) is shown in the page's alert and resolves undefined,
   * so no caller can drop it silently.
   */
  run<T>(op: () => Promise<T>): Promise<T | undefined>;
  notify(notice: Notice): void;
  /** Soft-deletes a row and offers "Undo" in a toast. `what` names it: "Issue", "Case"… */
  remove(table: StampedTable, id: string, what: string): Promise<void>;
  /** Reports a read failure (live queries) in the same alert as write failures. */
  report(err: unknown): void;
}

export const DashboardContext = createContext<DashboardEnv | null>(null);

export function useDashboard(): DashboardEnv {
  const env = useContext(DashboardContext);
  if (!env) throw new Error('useDashboard outside DashboardContext');
  return env;
}
