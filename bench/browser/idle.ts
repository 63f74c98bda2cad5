/**
 * Waits until the machine is idle: under 10% of all cores busy for 500 ms (at most 15 s). Each
 * measured page load starts from the same quiet machine for both browsers, so it does not compete
 * with the previous page's teardown (of either browser) on the 2-core bench machine. Linux
 * (/proc/stat); elsewhere a fixed second.
 */
import { existsSync, readFileSync } from 'node:fs';

function cpuTicks(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3] - f[4], total };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves once idle; returns how long it waited (ms). */
export async function untilMachineIdle(): Promise<number> {
  const start = Date.now();
  if (!existsSync('/proc/stat')) {
    await sleep(1_000);
    return Date.now() - start;
  }
  let quietMs = 0;
  while (quietMs < 500 && Date.now() - start < 15_000) {
    const a = cpuTicks();
    await sleep(100);
    const b = cpuTicks();
    quietMs = (b.busy - a.busy) / Math.max(1, b.total - a.total) < 0.1 ? quietMs + 100 : 0;
  }
  return Date.now() - start;
}
