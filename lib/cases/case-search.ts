/** Keeps each case's search words current and answers text searches from that index. */
import type { Table } from 'dexie';
import type { CaseIssue, Client, LinkedMessage, RescueCase } from './types';
import { indexWords, tokenize } from './search-words';

/** A database or an upgrade transaction: both hand out tables by name. */
export interface TableSource {
  table(name: string): Table;
}

const isLive = (row: { deletedAt?: string | null }) => !row.deletedAt;

export function caseWords(
  c: RescueCase,
  client: Client | undefined,
  issues: CaseIssue[],
  messages: LinkedMessage[],
): string[] {
  return indexWords([
    c.title,
    client?.name,
    client?.domain,
    client?.key,
    // The person the user deals with, as the case page names them ("Maria Keller · maria@…").
    client?.mainContact?.name,
    client?.mainContact?.email,
    ...(client?.addresses ?? []),
    ...issues.filter(isLive).flatMap((i) => [i.statement, i.evidence]),
    ...messages.filter(isLive).map((m) => m.subject),
  ]);
}

/**
 * Recomputes `words` for the given cases, or for every case when `caseIds` is omitted (the v2
 * backfill). Call inside a transaction that covers cases, clients, issues and messages so the words
 * match what was just written. Does not touch updatedAt: words are derived, not an edit.
 */
export async function refreshCaseWords(src: TableSource, caseIds?: Iterable<string>): Promise<void> {
  const casesT = src.table('cases') as Table<RescueCase, string>;
  const clientsT = src.table('clients') as Table<Client, string>;
  const issuesT = src.table('issues') as Table<CaseIssue, string>;
  const messagesT = src.table('messages') as Table<LinkedMessage, string>;

  const ids = caseIds ? [...new Set(caseIds)] : undefined;
  const cases = ids ? (await casesT.bulkGet(ids)).filter((c): c is RescueCase => !!c) : await casesT.toArray();
  if (!cases.length) return;
  const caseIdList = cases.map((c) => c.id);
  const [clients, issues, messages] = await Promise.all([
    clientsT.bulkGet([...new Set(cases.map((c) => c.clientId))]),
    ids ? issuesT.where('caseId').anyOf(caseIdList).toArray() : issuesT.toArray(),
    ids ? messagesT.where('caseId').anyOf(caseIdList).toArray() : messagesT.toArray(),
  ]);
  const clientById = new Map(clients.filter((c): c is Client => !!c).map((c) => [c.id, c]));
  const issuesByCase = groupBy(issues, (i) => i.caseId);
  const messagesByCase = groupBy(messages, (m) => m.caseId);

  const words = new Map(
    cases.map((c) => [
      c.id,
      caseWords(c, clientById.get(c.clientId), issuesByCase.get(c.id) ?? [], messagesByCase.get(c.id) ?? []),
    ]),
  );
  await casesT
    .where('id')
    .anyOf(caseIdList)
    .modify((c) => {
      c.words = words.get(c.id) ?? [];
    });
}

/**
 * Ids of cases whose words start with every token of the query (AND of prefixes), or null when the
 * query has no searchable token, meaning "no text filter".
 */
export async function searchCaseIds(db: TableSource, query: string): Promise<Set<string> | null> {
  const tokens = tokenize(query);
  if (!tokens.length) return null;
  const casesT = db.table('cases') as Table<RescueCase, string>;
  // Longest token first: it is usually the most selective, so later intersections stay small.
  tokens.sort((a, b) => b.length - a.length);
  let result: Set<string> | undefined;
  for (const token of tokens) {
    const hits = new Set(await casesT.where('words').startsWith(token).primaryKeys());
    result = result ? intersect(result, hits) : hits;
    if (!result.size) break;
  }
  return result ?? null;
}

function intersect<T>(a: Set<T>, b: Set<T>): Set<T> {
  return new Set([...a].filter((x) => b.has(x)));
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
