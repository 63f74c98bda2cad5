/**
 * The first message after the browser starts, as a user has it: a profile that ran the extension
 * before (installed then) is started again and the Gmail thread opened at once, while the worker is
 * itself only starting (onStartup). The closest the bench gets to "fully cold". Each sample is a
 * browser of its own, launched twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH, chromiumArgs, EXTENSION_DIR, extensionArgs } from '../../test/e2e/browser';
import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';
import { median, summarise } from '../lib/stats';
import { NAME_HELPER } from './launch';
import { openThread } from './open-to-tone';

/** Long enough for the first launch to install the extension and settle. */
const INSTALL_SETTLE_MS = 3_000;

async function afterRestart(resolverRules: string, timeoutMs: number): Promise<number> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cr-bench-restart-'));
  const launch = () =>
    chromium.launchPersistentContext(userDataDir, { ...CHROMIUM_LAUNCH, args: [...extensionArgs(EXTENSION_DIR), ...chromiumArgs(resolverRules)] });
  try {
    const first = await launch();
    await new Promise((r) => setTimeout(r, INSTALL_SETTLE_MS));
    await first.close();
    const context = await launch();
    try {
      await context.addInitScript(NAME_HELPER);
      return await openThread(await context.newPage(), 'gmail', timeoutMs);
    } finally {
      await context.close();
    }
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

export async function benchFirstAfterRestart(resolverRules: string, config: BenchConfig): Promise<Row> {
  const samples: number[] = [];
  for (let i = 0; i < config.restarts; i++) samples.push(await afterRestart(resolverRules, config.levelTimeoutMs));
  return {
    section: 'open-to-tone',
    metric: 'gmail first tab after browser start (median)',
    value: median(samples),
    unit: 'ms',
    target: { max: 400, on: 'value', label: '≤ 400 ms' },
    note: `${samples.length} restarts of a used profile; from navigation start`,
    detail: summarise(samples),
  };
}
