/** Typed failures of the case store, so the UI can tell the user what happened instead of failing silently. */

export type StorageErrorKind = 'quota' | 'aborted' | 'unknown';

const USER_MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    'Your browser has run out of storage for Client Rescue, so the change was not saved. Export your data, then purge deleted items or free up disk space.',
  aborted: 'The change was interrupted and not saved. Nothing was half-written; please try again.',
  unknown: 'Client Rescue could not save or read its data. Nothing was half-written; please try again.',
};

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  /** One sentence for the user; `message` keeps the technical detail. */
  readonly userMessage: string;

  constructor(kind: StorageErrorKind, cause: unknown) {
    super(`${kind}: ${describe(cause)}`, { cause });
    this.name = 'StorageError';
    this.kind = kind;
    this.userMessage = USER_MESSAGES[kind];
  }
}

/** A record a caller named does not exist (or was purged). */
export class RecordNotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`No ${table} row with id ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError']);
const ABORT_NAMES = new Set(['AbortError', 'TransactionInactiveError', 'DatabaseClosedError', 'VersionChangeError']);
const STORAGE_NAMES = new Set([
  'ConstraintError', 'DataError', 'DataCloneError', 'InvalidStateError', 'InvalidAccessError',
  'NotFoundError', 'ReadOnlyError', 'OpenFailedError', 'UnknownError', 'BulkError', 'ModifyError',
  'TimeoutError', 'UpgradeError', 'InvalidTableError', 'MissingAPIError', 'NoSuchDatabaseError',
  'SchemaError', 'SubTransactionError', 'PrematureCommitError',
]);

/**
 * Maps IndexedDB/Dexie failures to StorageError; lets our own errors (RecordNotFoundError, validation)
 * through unchanged. Dexie often wraps the real cause (an AbortError whose `inner` is the quota
 * error), so the whole chain is searched and the most specific kind wins.
 */
export function toStorageError(err: unknown): unknown {
  if (err instanceof StorageError || err instanceof RecordNotFoundError) return err;
  const names = causeNames(err);
  if (names.some((n) => QUOTA_NAMES.has(n))) return new StorageError('quota', err);
  if (names.some((n) => ABORT_NAMES.has(n))) return new StorageError('aborted', err);
  if (names.some((n) => STORAGE_NAMES.has(n))) return new StorageError('unknown', err);
  return err;
}

/** Runs a store operation and rethrows its failure typed. */
export async function guard<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    throw toStorageError(err);
  }
}

function causeNames(err: unknown): string[] {
  const names: string[] = [];
  const seen = new Set<unknown>();
  let cur: unknown = err;
  while (cur && typeof cur === 'object' && !seen.has(cur)) {
    seen.add(cur);
    const e = cur as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    if (typeof e.name === 'string') names.push(e.name);
    // BulkError keeps one failure per row; the first tells us why.
    if (Array.isArray(e.failures) && e.failures.length) names.push(...causeNames(e.failures[0]));
    cur = e.inner ?? e.cause;
  }
  return names;
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
