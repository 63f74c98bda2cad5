/**
 * npx tsx bench/probe/first-tab-trace.ts [--runs 3] [--start install|restart] [--dump]   (--dump lists trace events over DUMP_MIN_US, default 8000 µs)
 *
 * Breaks down "first tab after install" (bench/browser/open-to-tone.ts, benchFirstAfterInstall):
 * Chromium is started with a startup trace (--trace-startup), the Gmail thread is opened at once as
 * the bench does, and the trace gives, on one clock: when the browser started, when the service
 * worker evaluated background.js, the page's navigation start / DOMContentLoaded / load, when the
 * content script sent tone:warm and the worker ran it (the analyser's first call), when the sidebar
 * app was evaluated and the tone level appeared. (compromise is no longer in background.js: the
 * worker loads it as nlp.js after its first answer.)
 *
 * --start install: a fresh profile, as the bench runs it (the extension installs: onInstalled, the
 * welcome tab). --start restart: the profile of a first launch, started again; Chromium installs a
 * --load-extension extension again at every launch (the welcome tab opens again), so this is not
 * quite a user's restart either. Needs `npm run build`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_LAUNCH, chromiumArgs, EXTENSION_DIR, extensionArgs } from '../../test/e2e/browser';
import { startMailServer } from '../../test/e2e/mail-server';
import { firstLevel, watchTone } from '../browser/in-page';
import { NAME_HELPER } from '../browser/launch';
import { GMAIL_THREAD } from '../browser/urls';
import { median } from '../lib/stats';
import type { TraceEvent } from './trace';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, start: { type: 'string', default: 'install' }, dump: { type: 'boolean', default: false } } });

function launch(userDataDir: string, resolverRules: string, traceFile: string | null): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...CHROMIUM_LAUNCH,
    args: [
      ...extensionArgs(EXTENSION_DIR),
      ...chromiumArgs(resolverRules),
      ...(traceFile
        ? [
            '--trace-startup=devtools.timeline,v8,v8.execute,blink.user_timing,loading,toplevel,ServiceWorker,extensions',
            `--trace-startup-file=${traceFile}`,
            '--trace-startup-duration=8',
            '--trace-startup-format=json',
          ]
        : []),
    ],
  });
}

const has = (e: TraceEvent, s: string) => JSON.stringify(e.args ?? {}).includes(s);
type Step = Record<string, number>;

async function once(resolverRules: string): Promise<Step> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cr-probe-first-'));
  const traceFile = path.join(userDataDir, '..', `${path.basename(userDataDir)}-trace.json`);
  try {
    if (values.start === 'restart') {
      // A first launch installs the extension; closing it leaves the profile a user would have.
      const first = await launch(userDataDir, resolverRules, null);
      await new Promise((r) => setTimeout(r, 3_000));
      await first.close();
    }
    const launchedAt = Date.now();
    const context = await launch(userDataDir, resolverRules, traceFile);
    await context.addInitScript(NAME_HELPER);
    const page = await context.newPage();
    await page.addInitScript(watchTone);
    await page.goto(GMAIL_THREAD, { waitUntil: 'commit' });
    const tone = (await page.evaluate(firstLevel, 30_000)).t;
    const wallFromLaunch = (await page.evaluate(() => performance.timeOrigin)) - launchedAt;
    // Let the startup trace finish (its duration counts from browser start) and be written.
    await new Promise((r) => setTimeout(r, 9_000));
    await context.close();
    const events = (JSON.parse(readFileSync(traceFile, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    const nav = events.find((e) => e.name === 'navigationStart' && has(e, 'fixture=gmail-2025-thread'));
    if (!nav) throw new Error('no navigationStart for the Gmail page in the trace');
    const ms = (ts: number | undefined) => (ts === undefined ? Number.NaN : (ts - nav.ts) / 1000);
    const first = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
    // The worker's evaluation of background.js (a classic script): compiling it, then running its top level.
    const swCompile = events.filter((e) => (e.name === 'v8.compile' || e.name === 'v8.compileModule') && has(e, 'background.js'));
    const sw = swCompile[0];
    const onSw = (e: TraceEvent) => sw !== undefined && e.pid === sw.pid && e.tid === sw.tid && e.ph === 'X';
    const swEval = events.find((e) => onSw(e) && (e.name === 'v8.run' || e.name === 'v8.evaluateModule'));
    const evalEnd = swEval ? swEval.ts + (swEval.dur ?? 0) : Number.NaN;
    const toneTs = nav.ts + tone * 1000;
    // What the worker ran after its bundle, up to the tone being shown: the onInstalled/onStartup
    // listeners and the messages (tone:warm, the analyser's first runs, then tone:analyze).
    const swTasks = events.filter((e) => onSw(e) && (e.name === 'RunMicrotasks' || e.name === 'v8.callFunction' || e.name === 'FunctionCall') && e.ts >= evalEnd && e.ts < toneTs);
    const topLevel = swTasks.filter((e) => !swTasks.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)));
    const longest = [...topLevel].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
    const pageMain = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
    const dcl = pageMain.find((e) => e.name === 'MarkDOMContent' && e.ts > nav.ts);
    const load = pageMain.find((e) => e.name === 'MarkLoad' && e.ts > nav.ts);
    if (values.dump) {
      const threads = new Map<string, string>();
      for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string }).name));
      const top = events.filter((e) => e.ph === 'X' && (e.dur ?? 0) > Number(process.env.DUMP_MIN_US ?? 8_000) && e.ts > nav.ts - 300_000 && ['RunTask', 'ThreadControllerImpl::RunTask'].every((n) => n !== e.name));
      for (const e of top.sort((a, b) => a.ts - b.ts)) {
        console.log(`    ${ms(e.ts).toFixed(0).padStart(6)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${(threads.get(`${e.pid}:${e.tid}`) ?? '?').padEnd(22)} ${e.pid === nav.pid ? 'page' : sw && e.pid === sw.pid ? 'ext ' : '    '} ${e.name.padEnd(34)} ${JSON.stringify(e.args ?? {}).slice(0, 110)}`);
      }
    }
    const sidebar = events.filter((e) => e.pid === nav.pid && e.name === 'v8.evaluateModule' && has(e, 'Client Rescue'));
    const welcome = events.find((e) => e.name === 'navigationStart' && has(e, 'welcome.html'));
    const step: Step = {
      'browser start': ms(first),
      'worker compiles background.js (ms)': swCompile.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000,
      'worker runs the bundle top level from': ms(swEval?.ts),
      'worker runs the bundle top level, for (ms)': (swEval?.dur ?? Number.NaN) / 1000,
      'navigation start': 0,
      DOMContentLoaded: ms(dcl?.ts),
      load: ms(load?.ts),
      'sidebar-app.js evaluated at': ms(Math.min(...sidebar.map((e) => e.ts))),
      'welcome tab navigation start (install only)': ms(welcome?.ts),
      'worker JS after the bundle until tone shown (ms)': topLevel.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000,
      'its longest call starts at': ms(longest?.ts),
      'its longest call (ms)': (longest?.dur ?? Number.NaN) / 1000,
      'tone shown': tone,
      'navigation start after launch() was called (wall clock)': wallFromLaunch,
    };
    for (const [k, v] of Object.entries(step)) console.log(`  ${k.padEnd(62)} ${v.toFixed(1).padStart(8)} ms`);
    return step;
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(traceFile, { force: true });
  }
}

const server = await startMailServer();
try {
  const steps: Step[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    console.log(`run ${run} (${values.start}), ms from the Gmail tab's navigation start:`);
    steps.push(await once(server.resolverRules));
  }
  console.log(`median of ${steps.length} (${values.start}):`);
  for (const k of Object.keys(steps[0])) console.log(`  ${k.padEnd(62)} ${median(steps.map((s) => s[k])).toFixed(1).padStart(8)} ms`);
} finally {
  await server.close();
}
