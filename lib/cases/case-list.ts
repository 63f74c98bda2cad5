/** The dashboard's case list: filters, search, overdue first, paged. */
import { searchCaseIds } from './case-search';
import type { RescueDb } from './db';
import { iso, isLive, readTx } from './store';
import type { CaseOutcome, CaseStep, Client, RescueCase } from './types';

export interface ListCasesOptions {
  outcome?: CaseOutcome;
  step?: CaseStep;
  /** Word prefixes, all of which must match the client, title, subjects or issue text. */
  search?: string;
  offset?: number;
  limit?: number;
  /** "Overdue" is judged against this; defaults to the current time. */
  now?: Date | string;
}

export interface CaseListItem {
  case: RescueCase;
  client: Client | null;
  /** Open and next update due before `now`. */
  overdue: boolean;
  /** Issues not yet resolved. */
  openIssues: number;
}

export interface CaseList {
  items: CaseListItem[];
  /** All matching cases, for the pager. */
  total: number;
}

/**
 * Cases matching the filters, overdue first (most overdue at the top), then most recently updated.
 * Soft-deleted cases are left out. Without a search every step walks an index and reads only the
 * page; with one, the word index narrows the candidates before any case row is read.
 */
export async function listCases(db: RescueDb, options: ListCasesOptions = {}): Promise<CaseList> {
  const now = iso(options.now ?? new Date());
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(0, options.limit ?? 50);
  const wanted = (c: RescueCase) =>
    isLive(c) && (!options.outcome || c.outcome === options.outcome) && (!options.step || c.step === options.step);
  const isOverdue = (c: RescueCase) => c.outcome === 'open' && !!c.nextUpdateDue && c.nextUpdateDue < now;

  return readTx(db, [db.cases, db.clients, db.issues], async () => {
    const matches = options.search ? await searchCaseIds(db, options.search) : null;
    let page: RescueCase[];
    let total: number;
    if (matches) {
      const found = (await db.cases.bulkGet([...matches])).filter((c): c is RescueCase => !!c && wanted(c));
      found.sort((a, b) => compareForList(a, b, isOverdue));
      total = found.length;
      page = found.slice(offset, offset + limit);
    } else {
      // Dexie collections mutate as they are refined, so each use gets a fresh one.
      const overdue = () =>
        db.cases
          .where('[outcome+nextUpdateDue]')
          .between(['open', ''], ['open', now], true, false)
          .filter(wanted);
      const rest = () =>
        (options.outcome
          ? db.cases.where('[outcome+updatedAt]').between([options.outcome, ''], [options.outcome, '\uffff'])
          : db.cases.orderBy('updatedAt')
        )
          .reverse()
          .filter((c) => wanted(c) && !isOverdue(c));
      const overdueCount = options.outcome && options.outcome !== 'open' ? 0 : await overdue().count();
      total = overdueCount + (await rest().count());
      page = offset < overdueCount ? await overdue().offset(offset).limit(limit).toArray() : [];
      if (page.length < limit) {
        page.push(...(await rest().offset(Math.max(0, offset - overdueCount)).limit(limit - page.length).toArray()));
      }
    }
    return { items: await summarise(db, page, isOverdue), total };
  });
}

function compareForList(a: RescueCase, b: RescueCase, isOverdue: (c: RescueCase) => boolean): number {
  const ao = isOverdue(a);
  const bo = isOverdue(b);
  if (ao !== bo) return ao ? -1 : 1;
  // Same order as the indexes walk (code-unit order, ties by id), so both paths page alike.
  if (ao) return byText(a.nextUpdateDue as string, b.nextUpdateDue as string) || byText(a.id, b.id);
  return byText(b.updatedAt, a.updatedAt) || byText(b.id, a.id);
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function summarise(db: RescueDb, page: RescueCase[], isOverdue: (c: RescueCase) => boolean): Promise<CaseListItem[]> {
  const clients = await db.clients.bulkGet([...new Set(page.map((c) => c.clientId))]);
  const clientById = new Map(clients.filter((c): c is Client => !!c).map((c) => [c.id, c]));
  const openIssues = await Promise.all(
    page.map((c) =>
      db.issues
        .where('caseId')
        .equals(c.id)
        .filter((i) => isLive(i) && i.status !== 'resolved')
        .count(),
    ),
  );
  return page.map((c, i) => ({
    case: c,
    client: clientById.get(c.clientId) ?? null,
    overdue: isOverdue(c),
    openIssues: openIssues[i],
  }));
}
