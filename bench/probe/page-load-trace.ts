/**
 * npx tsx bench/probe/page-load-trace.ts [--runs 8] [--variant ext] [--page thread|list]   (variants: bench/probe/variants.ts)
 *
 * Traces the saved Gmail thread's (or the bench's generated 100-row list's) load in Chromium with the extension and lists what the page's main
 * thread spent its time on between DOMContentLoaded and the end of the load event that came from the
 * extension (script injection, the isolated world, extension bindings, our code), per run. This is an
 * exact attribution, unlike with/without timings on a shared noisy machine. Needs `npm run build`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startMailServer } from '../../test/e2e/mail-server';
import { CHROMIUM_LAUNCH, chromiumArgs, extensionArgs } from '../../test/e2e/browser';
import { GMAIL_LIST, GMAIL_THREAD } from '../browser/urls';
import { preparePages } from '../browser/pages';
import { median } from '../lib/stats';
import { traced, type TraceEvent } from './trace';
import { extensionCopy, VARIANTS } from './variants';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '8' }, variant: { type: 'string', default: 'ext' }, page: { type: 'string', default: 'thread' } } });
const pages = values.page === 'list' ? preparePages(100) : null;
const url = pages ? GMAIL_LIST : GMAIL_THREAD;

const variant = VARIANTS.find((v) => v.name === values.variant);
if (!variant) throw new Error(`unknown variant ${values.variant}; known: ${VARIANTS.map((v) => v.name).join(', ')}`);
const extDir = extensionCopy(variant);
if (!extDir) throw new Error('trace a variant with the extension loaded');
const server = await startMailServer(pages?.dir);
const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cr-probe-trace-'));
const context = await chromium.launchPersistentContext(userDataDir, { ...CHROMIUM_LAUNCH, args: [...extensionArgs(extDir), ...chromiumArgs(server.resolverRules)] });
const rows: Record<'dclToLoad' | 'inject' | 'compile' | 'run' | 'callbacks' | 'frames' | 'injectedAt', number>[] = [];
try {
  await new Promise((r) => setTimeout(r, 2000));
  for (let run = 0; run < Number(values.runs); run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events = await traced(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading', 'extensions', 'toplevel', 'cc'], async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);
    });
    // The page's main thread: the one that ran the navigation's MarkDOMContent.
    const dcl = events.find((e) => e.name === 'MarkDOMContent');
    const loadEnd = events.filter((e) => e.name === 'MarkLoad' && e.pid === dcl?.pid).pop();
    if (!dcl || !loadEnd) {
      console.log(`run ${run}: no DOMContentLoaded/load marks in the trace`);
      await page.close();
      continue;
    }
    const main = events.filter((e) => e.pid === dcl.pid && e.tid === dcl.tid && e.ph === 'X' && e.dur !== undefined);
    const beforeLoadEnd = main.filter((e) => e.ts <= loadEnd.ts);
    const sum = (list: TraceEvent[]) => list.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000;
    const isOurs = (e: TraceEvent) => JSON.stringify(e.args ?? {}).includes('chrome-extension://');
    const row = {
      dclToLoad: (loadEnd.ts - dcl.ts) / 1000,
      // Creating the isolated world (its V8 context and the extension bindings' globals).
      inject: sum(beforeLoadEnd.filter((e) => e.name === 'ScriptInjection::InjectJs')),
      compile: sum(beforeLoadEnd.filter((e) => e.name === 'v8.compile' && isOurs(e))),
      run: sum(beforeLoadEnd.filter((e) => e.name === 'v8.run' && isOurs(e))),
      // Our listeners and callbacks in the isolated world (e.g. the load listener) before the load event ended.
      callbacks: sum(beforeLoadEnd.filter((e) => e.name === 'v8.callFunction' && JSON.stringify(e.args ?? {}).includes(`"worldName":"Client Rescue"`))),
      // Rendering frames the main thread ran after our injection and before the load event: Chromium
      // holds the load event until an injected document_idle script has run, and a frame (layout is
      // done, the paint of a 100-row list is not cheap) gets scheduled in between.
      frames: sum(beforeLoadEnd.filter((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ts >= (beforeLoadEnd.find((i) => i.name === 'ScriptInjection::InjectJs')?.ts ?? Infinity))),
      injectedAt: (beforeLoadEnd.find((e) => e.name === 'ScriptInjection::InjectJs')?.ts ?? Number.NaN) - dcl.ts,
    };
    rows.push(row);
    console.log(
      `run ${run}: DCL→load ${row.dclToLoad.toFixed(1)} ms; before the load event ended: inject (world) ${row.inject.toFixed(2)}, compile ${row.compile.toFixed(2)}, run ${row.run.toFixed(2)}, isolated-world callbacks ${row.callbacks.toFixed(2)}, frames after injection ${row.frames.toFixed(2)} ms; injected at DCL+${(row.injectedAt / 1000).toFixed(1)} ms`,
    );
    await page.close();
    await new Promise((r) => setTimeout(r, 1000));
  }
  const med = (k: keyof (typeof rows)[number]) => median(rows.map((r) => r[k])).toFixed(2);
  console.log(`median of ${rows.length}: inject ${med('inject')}, compile ${med('compile')}, run ${med('run')}, callbacks ${med('callbacks')}, frames after injection ${med('frames')} ms (all before the load event ended)`);
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
  rmSync(extDir, { recursive: true, force: true });
  await server.close();
  pages?.remove();
}
