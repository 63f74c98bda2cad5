/**
 * The dashboard at scale in Chromium: seed the extension's own IndexedDB, then time the page's first
 * case row from navigation start, and opening a case from the list.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SEED_NOW, SEED_NUMBER } from '../db/fixture';
import { bundleFile } from '../lib/bundle';
import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';
import { median, summarise } from '../lib/stats';
import type { Browsers } from './launch';

const SECTION = 'dashboard';
const SEED_ENTRY = path.resolve(import.meta.dirname, '../db/browser-seed.ts');

async function seedBundle(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cr-bench-seed-'));
  try {
    return readFileSync(await bundleFile(SEED_ENTRY, path.join(dir, 'seed.js'), 'iife'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In page: resolves with performance.now() when `selector` first matches, checked every frame. */
function whenShown(arg: { selector: string; timeoutMs: number }): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const frame = () => {
      if (document.querySelector(arg.selector)) resolve(performance.now());
      else if (performance.now() - start > arg.timeoutMs) reject(new Error(`${arg.selector} not shown within ${arg.timeoutMs} ms`));
      else requestAnimationFrame(frame);
    };
    frame();
  });
}

/** In page: clicks the first case row and resolves with ms until the case page is shown. */
function openFirstCase(timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const row = document.querySelector<HTMLElement>('[data-cr="case-row"]');
    if (!row) throw new Error('no case row to open');
    const start = performance.now();
    row.click();
    const frame = () => {
      if (document.querySelector('[data-cr="case-page"]')) resolve(performance.now() - start);
      else if (performance.now() - start > timeoutMs) reject(new Error(`case page not shown within ${timeoutMs} ms`));
      else requestAnimationFrame(frame);
    };
    frame();
  });
}

async function seed(page: Page, config: BenchConfig): Promise<{ ms: number; counts: unknown }> {
  await page.evaluate(await seedBundle());
  const start = performance.now();
  const { cases, issuesPerCase } = config.dashboard;
  const counts = await page.evaluate(
    (arg) => (globalThis as unknown as { __crBenchSeed: (a: typeof arg) => Promise<unknown> }).__crBenchSeed(arg),
    { cases, issuesPerCase, now: SEED_NOW, seed: SEED_NUMBER },
  );
  return { ms: performance.now() - start, counts };
}

export async function benchDashboard(browsers: Browsers, config: BenchConfig): Promise<Row[]> {
  const { ext } = browsers;
  // A page that does not read cases itself, so the seed does not race the dashboard's live queries.
  const seeder = await ext.context.newPage();
  let seeded: { ms: number; counts: unknown };
  try {
    await seeder.goto(ext.extensionUrl('options.html'));
    seeded = await seed(seeder, config);
  } finally {
    await seeder.close();
  }
  const firstRow: number[] = [];
  const openCase: number[] = [];
  for (let i = 0; i < config.dashboard.renders; i++) {
    const page = await ext.context.newPage();
    try {
      await page.goto(ext.extensionUrl('dashboard.html'), { waitUntil: 'commit' });
      firstRow.push(await page.evaluate(whenShown, { selector: '[data-cr="case-row"]', timeoutMs: 60_000 }));
      openCase.push(await page.evaluate(openFirstCase, 60_000));
    } finally {
      await page.close();
    }
  }
  const scale = `${config.dashboard.cases} cases × ${config.dashboard.issuesPerCase} issues, Chromium IndexedDB`;
  return [
    { section: SECTION, metric: 'first case row (from navigation start)', value: median(firstRow), unit: 'ms', note: `${firstRow.length} loads, ${scale}`, detail: summarise(firstRow) },
    { section: SECTION, metric: 'open a case from the list', value: median(openCase), unit: 'ms', note: scale, detail: summarise(openCase) },
    { section: SECTION, metric: 'seed in the extension origin', value: seeded.ms, unit: 'ms', note: scale, detail: seeded.counts },
  ];
}
