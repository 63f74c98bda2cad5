/**
 * Case store at scale in Node (fake-indexeddb): the dashboard's first page and a case page's read,
 * and the toolbar badge recompute. fake-indexeddb is slower than Chromium's IndexedDB, so these
 * figures are an upper bound; the dashboard's real first render is measured in Chromium.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { getCaseDetail } from '../../lib/cases/case-detail';
import { listCases } from '../../lib/cases/case-list';
import { RescueDb } from '../../lib/cases/db';
import { seedCases } from '../../lib/cases/seed';
import type { RescueCase } from '../../lib/cases/types';
import { badgeFor } from '../../lib/nudges/badge';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';
import { median, summarise, timeAsync, timeSync } from '../lib/stats';
import { SEED_NOW, SEED_NUMBER } from './fixture';

const SECTION = 'dashboard';
const DAY = 86_400_000;

/** `count` open cases made from the seeded ones, due dates spread around now so every badge branch runs. */
function openCases(seeded: readonly RescueCase[], count: number, now: number): RescueCase[] {
  const out: RescueCase[] = [];
  for (let i = 0; i < count; i++) {
    const c = seeded[i % seeded.length];
    out.push({
      ...c,
      id: `${c.id}-badge-${i}`,
      outcome: 'open',
      closedAt: null,
      nextUpdateDue: new Date(now + ((i % 11) - 3) * DAY + (i % 97) * 60_000).toISOString(),
    });
  }
  return out;
}

export async function benchDatabaseNode(config: BenchConfig): Promise<Row[]> {
  const { cases, issuesPerCase, queryRuns } = config.dashboard;
  const db = new RescueDb({ name: 'bench', indexedDB: new IDBFactory(), IDBKeyRange });
  const now = new Date(SEED_NOW);
  const seedStart = performance.now();
  const counts = await seedCases(db, { cases, issuesPerCase, now, seed: SEED_NUMBER });
  const seedMs = performance.now() - seedStart;
  const scale = `${counts.cases} cases / ${counts.issues} issues, fake-indexeddb`;
  const rows: Row[] = [];

  const firstPage = await timeAsync(() => listCases(db, { now }), queryRuns);
  rows.push({ section: SECTION, metric: 'listCases first page (Node)', value: median(firstPage), unit: 'ms', note: scale, detail: summarise(firstPage) });

  const someCase = await db.cases.orderBy('updatedAt').last();
  if (!someCase) throw new Error('seeding produced no cases');
  const detail = await timeAsync(() => getCaseDetail(db, someCase.id), queryRuns);
  rows.push({ section: SECTION, metric: 'getCaseDetail (Node)', value: median(detail), unit: 'ms', note: scale, detail: summarise(detail) });

  // The background's recompute: read open cases, due threads and client names, then badgeFor.
  const recompute = await timeAsync(async () => {
    const open = (await db.cases.where('outcome').equals('open').toArray()).filter((c) => !c.deletedAt);
    const threads = (await db.threads.toArray()).filter((t) => t.level === 'escalation' && !t.caseId && !t.dismissed && !t.repliedAt);
    const names = new Map((await db.clients.toArray()).map((c) => [c.id, c.name]));
    badgeFor(open, threads, DEFAULT_SETTINGS.working, now, { nameOf: (c) => `${names.get(c.clientId) ?? 'Client'} — ${c.title}` });
  }, queryRuns);
  const openCount = await db.cases.where('outcome').equals('open').count();
  rows.push({ section: SECTION, metric: 'badge recompute incl. reads (Node)', value: median(recompute), unit: 'ms', note: `${openCount} open cases, fake-indexeddb`, detail: summarise(recompute) });

  const seeded = await db.cases.toArray();
  const badgeCases = openCases(seeded, config.badgeCases, now.getTime());
  const threads = await db.threads.toArray();
  const badge = () => badgeFor(badgeCases, threads, DEFAULT_SETTINGS.working, now);
  badge();
  const badgeRuns = timeSync(badge, config.badgeRuns);
  rows.push({
    section: SECTION,
    metric: `badgeFor ${config.badgeCases} open cases`,
    value: median(badgeRuns),
    unit: 'ms',
    target: { max: 50, on: 'value', label: '≤ 50 ms' },
    note: `${badgeRuns.length} runs, ${threads.length} threads`,
    detail: summarise(badgeRuns),
  });
  rows.push({ section: SECTION, metric: 'seed (Node, fake-indexeddb)', value: seedMs, unit: 'ms', note: scale, detail: counts });
  db.close();
  return rows;
}
