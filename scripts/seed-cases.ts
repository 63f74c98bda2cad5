/**
 * npx tsx scripts/seed-cases.ts [--cases 5000] [--issues 10] [--out seed.json] [--time]
 *
 * Fills an in-memory database (fake-indexeddb) with deterministic demo cases. `--out` writes them
 * as a Client Rescue export, ready for the dashboard's Import; `--time` times the case store's
 * queries against them (median of runs; fake-indexeddb in Node, so only relative to itself).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { getCaseDetail } from '../lib/cases/case-detail';
import { listCases } from '../lib/cases/case-list';
import { RescueDb } from '../lib/cases/db';
import { exportAll } from '../lib/cases/export-import';
import { needsExportReminder } from '../lib/cases/export-reminder';
import { openCaseForClient } from '../lib/cases/open-case';
import { seedCases } from '../lib/cases/seed';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '5000' },
    issues: { type: 'string', default: '10' },
    out: { type: 'string' },
    time: { type: 'boolean', default: false },
  },
});

const now = new Date('2026-03-02T10:00:00.000Z');
const db = new RescueDb({ name: 'seed', indexedDB: new IDBFactory(), IDBKeyRange });

let t = performance.now();
const counts = await seedCases(db, { cases: Number(values.cases), issuesPerCase: Number(values.issues), now });
console.log(`seeded in ${Math.round(performance.now() - t)} ms:`, counts);

if (values.time) {
  const median = async (label: string, run: () => Promise<unknown>, times = 5) => {
    const ms: number[] = [];
    let result: unknown;
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      result = await run();
      ms.push(performance.now() - start);
    }
    ms.sort((a, b) => a - b);
    const total = (result as { total?: number })?.total;
    console.log(`${label.padEnd(44)} ${ms[Math.floor(times / 2)].toFixed(1).padStart(8)} ms${total === undefined ? '' : `  (${total} matches)`}`);
  };
  const firstCase = (await db.cases.toCollection().first())!;
  const client = (await db.clients.get(firstCase.clientId))!;
  await median('listCases first page (50)', () => listCases(db, { now }));
  await median('listCases page 40 (offset 2000)', () => listCases(db, { now, offset: 2000 }));
  await median('listCases outcome=open', () => listCases(db, { now, outcome: 'open' }));
  await median('listCases outcome=resolved', () => listCases(db, { now, outcome: 'resolved' }));
  await median('listCases step=plan', () => listCases(db, { now, step: 'plan' }));
  await median('search "invoice" (common word)', () => listCases(db, { now, search: 'invoice' }));
  await median('search "northwind dental"', () => listCases(db, { now, search: 'northwind dental' }));
  await median(`search "${client.name}" (one client)`, () => listCases(db, { now, search: client.name }));
  await median('search "zzz" (no match)', () => listCases(db, { now, search: 'zzz' }));
  await median('getCaseDetail', () => getCaseDetail(db, firstCase.id));
  await median('openCaseForClient', () => openCaseForClient(db, client.addresses[0]));
  await median('needsExportReminder', () => needsExportReminder(db, now));
  t = performance.now();
  await exportAll(db, now);
  console.log(`${'exportAll'.padEnd(44)} ${(performance.now() - t).toFixed(1).padStart(8)} ms`);
}

if (values.out) {
  writeFileSync(values.out, JSON.stringify(await exportAll(db, now)));
  console.log(`wrote ${values.out}`);
}
