/**
 * Every schema version, oldest first. Never edit a shipped entry: add a new one. Each version lists
 * only the tables it changes (Dexie keeps the others), and its `upgrade` runs once on databases
 * created by an older version. Each entry needs a test that opens real data of the version before
 * it (test/fixtures/db/v<N>.json) and checks it arrives intact and upgraded.
 */
import type { Transaction } from 'dexie';
import { refreshCaseWords } from './case-search';

/** Tables whose rows carry an analyser level and score (linked messages, analysed threads). */
const UNSCORED_LEVEL_TABLES = ['messages', 'threads'] as const;

interface ScoredRow {
  level: unknown;
  score: unknown;
}

const isScoredRow = (row: unknown): row is ScoredRow => typeof row === 'object' && row !== null && 'score' in row;

export interface SchemaVersion {
  version: number;
  /** Dexie store specs for the tables this version adds or changes. */
  stores: Record<string, string | null>;
  /** Data changes from the previous version, run inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
  /**
   * The same change applied to an export file of the previous version (JSON data, not yet
   * validated), so old exports import cleanly. Omit when the exported shape is unchanged.
   */
  upgradeExport?: (data: Record<string, unknown>) => Record<string, unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      clients: 'id, &key, updatedAt',
      cases: 'id, outcome, step, clientId, nextUpdateDue, updatedAt',
      issues: 'id, caseId',
      commitments: 'id, caseId',
      actions: 'id, caseId, issueId',
      updates: 'id, [caseId+at]',
      messages: 'id, caseId, [provider+threadId]',
      // `dismissed` is a boolean and booleans are not IndexedDB keys, so it is not indexed.
      threads: 'id, caseId',
      meta: 'key',
    },
  },
  {
    // Overdue-first listing and search at 5,000 cases: compound indexes for "open cases by due date"
    // and "by last change", deletedAt (only deleted rows have a key, so the index stays tiny), and a
    // multi-entry word index backfilled from each case's texts.
    version: 2,
    stores: {
      cases: 'id, outcome, step, clientId, nextUpdateDue, updatedAt, deletedAt, [outcome+nextUpdateDue], [outcome+updatedAt], *words',
    },
    upgrade: (tx) => refreshCaseWords(tx),
  },
  {
    // Repairs, no new stores: 0.1.0 saved a case opened from a message it could not score (not
    // English, too short) with that message's level as "concerned" (a level comes only from a
    // score); and search words now include the client's contact and addresses.
    version: 3,
    stores: {},
    upgrade: async (tx) => {
      for (const table of UNSCORED_LEVEL_TABLES) {
        await tx.table(table).toCollection().modify((row: ScoredRow) => {
          if (row.score === null) row.level = null;
        });
      }
      await refreshCaseWords(tx);
    },
    upgradeExport: (data) => {
      const out = { ...data };
      for (const table of UNSCORED_LEVEL_TABLES) {
        const rows = data[table];
        if (Array.isArray(rows)) out[table] = rows.map((row: unknown) => (isScoredRow(row) && row.score === null ? { ...row, level: null } : row));
      }
      return out;
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
