import { describe, expect, it } from 'vitest';
import { addIssue } from '../../lib/cases/case-edits';
import { RecordNotFoundError, StorageError, toStorageError } from '../../lib/cases/errors';
import { openCaseFromMessage } from '../../lib/cases/open-case';
import { angryMessage, failWritesTo, freshDb, rowCounts } from './helpers';

describe('storage errors', () => {
  it('reports a full disk as a quota StorageError and writes nothing of the transaction', async () => {
    const db = freshDb();
    failWritesTo(db, 'issues', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const error = await openCaseFromMessage(db, angryMessage()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'quota', userMessage: expect.stringMatching(/run out of storage/) });
    // The client and case were written before the issues failed: rolled back with them.
    expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true);
  });

  it('reports an aborted transaction as aborted', async () => {
    const db = freshDb();
    const { case: c } = await openCaseFromMessage(db, angryMessage());
    const row = { ...(await db.issues.toCollection().first())!, id: 'new' };
    const aborting = db.transaction('rw', db.issues, (tx) => {
      void db.issues.add(row).catch(() => undefined);
      tx.abort();
    });
    const error = await aborting.catch((e: unknown) => toStorageError(e));
    expect(error).toMatchObject({ kind: 'aborted' });
    expect(await db.issues.get('new')).toBeUndefined();
    await expect(addIssue(db, c.id, { statement: 'still works' })).resolves.toBeTruthy();
  });

  it('finds the cause inside Dexie wrappers and leaves other errors alone', () => {
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('quota', 'QuotaExceededError'),
    });
    expect(toStorageError(wrapped)).toMatchObject({ kind: 'quota' });
    expect(toStorageError(Object.assign(new Error('x'), { name: 'ConstraintError' }))).toMatchObject({ kind: 'unknown' });
    const notFound = new RecordNotFoundError('cases', 'x');
    expect(toStorageError(notFound)).toBe(notFound);
    const bug = new TypeError('bug');
    expect(toStorageError(bug)).toBe(bug);
  });
});
