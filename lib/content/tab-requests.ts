/**
 * What the popup may ask the mail tab it was opened over: the threads in view that need attention,
 * and to open one of them. The popup finds that tab with `tabs.query({ active: true })`, which needs
 * no permission, and messages it directly; nothing about the tab's mail passes through storage.
 */
import type { Attention } from './attention';

export type TabRequest = { crTab: 'attention' } | { crTab: 'open-thread'; threadId: string };

/** The part of an Attention the popup shows. */
export type AttentionSummary = Pick<Attention, 'threadId' | 'subject' | 'sender' | 'level' | 'label'>;

export function isTabRequest(value: unknown): value is TabRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { crTab, threadId } = value as { crTab?: unknown; threadId?: unknown };
  if (crTab === 'attention') return true;
  return crTab === 'open-thread' && typeof threadId === 'string' && threadId.length > 0 && threadId.length <= 1_000;
}

export function summarise(items: Attention[]): AttentionSummary[] {
  return items.map(({ threadId, subject, sender, level, label }) => ({ threadId, subject, sender, level, label }));
}

/** Answers a popup request from the tab's current attention list; undefined for other messages. */
export function answerTabRequest(
  message: unknown,
  tab: { attention(): Attention[]; openThread(threadId: string): boolean },
): AttentionSummary[] | { opened: boolean } | undefined {
  if (!isTabRequest(message)) return undefined;
  if (message.crTab === 'attention') return summarise(tab.attention());
  return { opened: tab.openThread(message.threadId) };
}
