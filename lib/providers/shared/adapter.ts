/**
 * What an adapter supplies; `createProvider` turns it into a MailProvider with the boundary
 * (errors → states), waiting, navigation and reply insertion done once for both sites.
 * Adapter reads may throw SelectorMissError; nothing else should escape.
 */
import type { ListRow, MailProviderId, MailView, MountPoint, OpenThread, PartHealth } from '../types';

export interface Adapter {
  id: MailProviderId;
  label: string;
  win: Window & typeof globalThis;
  view(): MailView;
  /** Thread id of the open conversation as the page shows it, or null. */
  openThreadId(): string | null;
  /** Element whose subtree changes when the view or the open thread changes. */
  navigationScope(): Element | null;
  userAddress(): string | null;
  readThread(): OpenThread;
  readRows(): ListRow[];
  openThread(threadId: string): boolean;
  composeElement(): HTMLElement | null;
  replyControl(): HTMLElement | null;
  mountPoint(): MountPoint;
  /** Probes of the parts the given view needs. */
  healthParts(view: MailView): PartHealth[];
}
