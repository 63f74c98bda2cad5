/** Chrome DevTools Protocol reads the page API can't give: renderer task time and the JS heap after a forced GC. */
import type { CDPSession, Page } from 'playwright-core';

export async function metricsSession(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return session;
}

export async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Used JS heap after two forced collections (one can leave garbage a finaliser frees), in MB. */
export async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  return (await metrics(session)).JSHeapUsedSize / 2 ** 20;
}
