/**
 * npx tsx bench/probe/list-load.ts [--pairs 12] [--wait bench|idle]
 *
 * The message-list bench row (bench/browser/message-list.ts) with the CPU of both Chromiums on the
 * side: per measured load, the CPU each browser's processes (browser and helpers, renderers, the
 * extension's service-worker process) used during the load, and the machine's while the tab opened.
 * --wait bench: as the bench was before it waited for idle (1 s settle + scroll, next load right after); --wait idle: before every
 * measured load, both sides alike, wait until the machine is idle (bench/browser/idle.ts).
 * Needs `npm run build`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { startMailServer } from '../../test/e2e/mail-server';
import { untilMachineIdle } from '../browser/idle';
import { launchBoth } from '../browser/launch';
import { preparePages } from '../browser/pages';
import { GMAIL_LIST } from '../browser/urls';
import { median } from '../lib/stats';

const { values } = parseArgs({ options: { pairs: { type: 'string', default: '12' }, wait: { type: 'string', default: 'bench' } } });

interface Proc {
  pid: number;
  ppid: number;
  cmd: string;
  ticks: number;
}

function procs(): Proc[] {
  const out: Proc[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(d), ppid: Number(f[1]), cmd, ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      /* gone */
    }
  }
  return out;
}

/** CPU ticks (10 ms) per group: ext browser/renderers/extension process, plain browser/renderers. */
function groups(): Record<string, number> {
  const all = procs();
  const roots = { ext: all.find((p) => p.cmd.includes('--load-extension=') && !p.cmd.includes('--type='))?.pid, plain: all.find((p) => p.cmd.includes('cr-bench-plain-') && !p.cmd.includes('--type='))?.pid };
  const byParent = new Map<number, Proc[]>();
  for (const p of all) byParent.set(p.ppid, [...(byParent.get(p.ppid) ?? []), p]);
  const out: Record<string, number> = {};
  for (const [side, root] of Object.entries(roots)) {
    const stack = all.filter((p) => p.pid === root);
    while (stack.length) {
      const p = stack.pop() as Proc;
      stack.push(...(byParent.get(p.pid) ?? []));
      const kind = p.cmd.includes('--extension-process') ? 'extproc' : p.cmd.includes('--type=renderer') ? 'renderer' : 'other';
      out[`${side}.${kind}`] = (out[`${side}.${kind}`] ?? 0) + p.ticks;
    }
  }
  return out;
}

function systemBusy(): [number, number] {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((x, y) => x + y, 0);
  return [total - f[3] - f[4], total];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const diff = (a: Record<string, number>, b: Record<string, number>) =>
  Object.fromEntries(Object.keys(b).map((k) => [k, (b[k] - (a[k] ?? 0)) * 10]));

async function listOnce(context: BrowserContext, label: string) {
  const waited = values.wait === 'idle' ? await untilMachineIdle() : 0;
  const s0 = systemBusy();
  await sleep(0);
  const page = await context.newPage();
  try {
    const g1 = groups();
    const s1 = systemBusy();
    await page.goto(GMAIL_LIST, { waitUntil: 'load' });
    const g2 = groups();
    const loadMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    const during = diff(g1, g2);
    const fmt = (o: Record<string, number>) => Object.entries(o).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`${label.padEnd(5)} load ${loadMs.toFixed(0).padStart(4)} ms  waited ${waited} ms  | CPU ms during load: ${fmt(during)}  | machine CPU while opening the tab: ${(s1[0] - s0[0]) * 10} ms`);
    await page.waitForTimeout(1000);
    await page.evaluate(async () => {
      for (let i = 0; i <= 40; i++) {
        scrollBy(0, (document.documentElement.scrollHeight - innerHeight) / 40);
        await new Promise(requestAnimationFrame);
      }
    });
    return loadMs;
  } finally {
    await page.close();
  }
}

const pages = preparePages(100);
const server = await startMailServer(pages.dir);
const browsers = await launchBoth(server.resolverRules);
const ext: number[] = [];
const plain: number[] = [];
try {
  await sleep(3000);
  for (let i = 0; i < Number(values.pairs); i++) {
    for (const withExt of i % 2 === 0 ? [true, false] : [false, true]) {
      (withExt ? ext : plain).push(await listOnce(withExt ? browsers.ext.context : browsers.plain.context, withExt ? 'ext' : 'plain'));
    }
  }
  console.log(`wait=${values.wait}: load median ext ${median(ext).toFixed(0)} vs plain ${median(plain).toFixed(0)} ms (${(median(ext) / median(plain)).toFixed(2)}×), ${ext.length} pairs`);
} finally {
  await browsers.close();
  await server.close();
  pages.remove();
}
