/** Chrome trace events as the probes read them, and one traced piece of work over a CDP session. */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** Ties a sampling profile's chunks to their profile. */
  id?: string;
  args?: { data?: Record<string, unknown>; [k: string]: unknown };
}

/** The trace events recorded (browser-wide) while `work` ran. */
export async function traced(cdp: CDPSession, categories: string[], work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  await work();
  await cdp.send('Tracing.end');
  await done;
  return events;
}
