/**
 * npx tsx bench/probe/worker-start-profile.ts [--runs 3] [--top 25] [--current DIR]   (UNTIL_EVAL_END=1: only the worker script's own evaluation)
 *
 * Where a stopped worker's time goes before the sidebar shows a level ("worker stopped (fresh tab)"):
 * the worker is stopped through DevTools, the Gmail thread opened in a fresh tab under a trace with
 * V8's sampling profiler, and the worker thread's samples are summed per function (self time) from
 * the worker's script start to the level shown, with the phases on one clock (ms from navigation
 * start): worker script evaluated, each task it ran, tone shown. Needs `npm run build`.
 */
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, launchWithExtension, stopServiceWorkers } from '../../test/e2e/browser';
import { startMailServer } from '../../test/e2e/mail-server';
import { NAME_HELPER } from '../browser/launch';
import { openThread } from '../browser/open-to-tone';
import { traced, type TraceEvent } from './trace';

const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading'];

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, top: { type: 'string', default: '25' }, current: { type: 'string' } } });

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number };
}

/** Self time per function (ms) on one thread's sampling profile between two timestamps (µs). */
function selfTimes(events: TraceEvent[], pid: number, tid: number, from: number, to: number): Map<string, number> {
  const nodes = new Map<number, ProfileNode>();
  const totals = new Map<string, number>();
  const profiles = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  const starts = new Map(events.filter((e) => e.name === 'Profile' && profiles.has(e.id)).map((e) => [e.id, Number((e.args?.data as { startTime: number }).startTime)]));
  const clock = new Map(starts);
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && profiles.has(e.id)).sort((a, b) => a.ts - b.ts)) {
    const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    let t = clock.get(chunk.id) ?? 0;
    for (let i = 0; i < samples.length; i++) {
      const dt = deltas[i] ?? 0;
      t += dt;
      const node = nodes.get(samples[i]);
      if (!node || t < from || t > to) continue;
      const f = node.callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(root)') continue;
      const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber ?? 0}:${f.columnNumber ?? 0}` : '';
      const key = `${f.functionName || '(anonymous)'} ${where}`;
      totals.set(key, (totals.get(key) ?? 0) + dt / 1000);
    }
    clock.set(chunk.id, t);
  }
  return totals;
}

const server = await startMailServer();
const browser = await launchWithExtension(server.resolverRules, values.current ?? EXTENSION_DIR);
try {
  await browser.context.addInitScript(NAME_HELPER);
  const warm = await browser.context.newPage();
  await openThread(warm, 'gmail', 30_000);
  await warm.waitForTimeout(2_500);
  await warm.close();
  const all = new Map<string, number>();
  for (let run = 0; run < Number(values.runs); run++) {
    const page = await browser.context.newPage();
    await stopServiceWorkers(browser.context, page);
    const cdp = await browser.context.newCDPSession(page);
    let toneAt = 0;
    const events = await traced(cdp, CATEGORIES, async () => {
      toneAt = await openThread(page, 'gmail', 30_000);
      await page.waitForTimeout(300);
    });
    const nav = events.find((e) => e.name === 'navigationStart' && JSON.stringify(e.args).includes('fixture=gmail'));
    const evalScript = events.find((e) => e.name === 'EvaluateScript' && JSON.stringify(e.args).includes('background.js'));
    if (!nav || !evalScript) throw new Error('no navigation or worker evaluation in the trace');
    const ms = (ts: number) => ((ts - nav.ts) / 1000).toFixed(1).padStart(7);
    const toneTs = nav.ts + toneAt * 1000;
    console.log(`run ${run + 1}: tone shown at ${toneAt.toFixed(0)} ms from navigation start`);
    const sw = events.filter((e) => e.pid === evalScript.pid && e.tid === evalScript.tid && e.ph === 'X' && e.ts >= evalScript.ts - 1000 && e.ts <= toneTs);
    const tasks = sw.filter((e) => ['EvaluateScript', 'RunMicrotasks', 'FunctionCall', 'v8.compile', 'v8.produceCache', 'V8.GC_MARK_COMPACTOR', 'MajorGC', 'MinorGC'].includes(e.name) && (e.dur ?? 0) > 2000);
    for (const e of tasks.sort((a, b) => a.ts - b.ts)) console.log(`  ${ms(e.ts)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${e.name}`);
    const until = process.env.UNTIL_EVAL_END ? evalScript.ts + (evalScript.dur ?? 0) : toneTs;
    for (const [k, v] of selfTimes(events, evalScript.pid, evalScript.tid, evalScript.ts, until)) all.set(k, (all.get(k) ?? 0) + v);
    await page.close();
    await new Promise((r) => setTimeout(r, 2_500));
  }
  console.log(`worker thread self time, summed over ${values.runs} runs (ms), worker start → tone shown:`);
  for (const [k, v] of [...all].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
} finally {
  await browser.close();
  await server.close();
}
