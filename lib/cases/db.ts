/** The rescue-case database. Lives in the extension origin only (background worker and extension pages). */
import { Dexie, type Table } from 'dexie';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type {
  AnalysedThread,
  CaseIssue,
  CaseUpdate,
  Client,
  ClientCommitment,
  LinkedMessage,
  PlanAction,
  RescueCase,
} from './types';

export const DEFAULT_DB_NAME = 'client-rescue';

export interface MetaEntry {
  key: string;
  value: unknown;
}

export interface RescueDbOptions {
  name?: string;
  /** Injected in tests (fake-indexeddb); the browser's own otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Versions to declare; tests pass an older prefix of SCHEMA_VERSIONS to build old databases. */
  versions?: readonly SchemaVersion[];
}

export class RescueDb extends Dexie {
  clients!: Table<Client, string>;
  cases!: Table<RescueCase, string>;
  issues!: Table<CaseIssue, string>;
  commitments!: Table<ClientCommitment, string>;
  actions!: Table<PlanAction, string>;
  updates!: Table<CaseUpdate, string>;
  messages!: Table<LinkedMessage, string>;
  threads!: Table<AnalysedThread, string>;
  meta!: Table<MetaEntry, string>;

  constructor(options: RescueDbOptions = {}) {
    super(options.name ?? DEFAULT_DB_NAME, {
      // A write the UI has acknowledged must survive a crash or power cut, not just a worker restart;
      // our writes are small and user-paced, so the flush per transaction costs little.
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const v of options.versions ?? SCHEMA_VERSIONS) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/** Tables whose rows are Stamped (soft-deletable, merged by updatedAt on import). */
export const STAMPED_TABLES = ['clients', 'cases', 'issues', 'commitments', 'actions', 'updates', 'messages'] as const;
export type StampedTable = (typeof STAMPED_TABLES)[number];

/** Tables that hold user data: everything but meta. */
export const DATA_TABLES = [...STAMPED_TABLES, 'threads'] as const;
export type DataTable = (typeof DATA_TABLES)[number];
