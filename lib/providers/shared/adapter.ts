/**
 * What an adapter supplies; `createProvider` turns it into a MailProvider with the boundary
 * (errors → states), health, waiting, navigation and reply insertion done once for both sites.
 * Adapter reads may throw SelectorMissError; nothing else should escape.
 */
import type { ListRow, MailProviderId, MailView, MountPoint, OpenThread } from '../types';
import type { SelectorEntry } from './selector-entry';
import type { UserAddress } from './user-address';

/** The entries the health report probes, per view. */
export interface HealthSelectors {
  main: SelectorEntry;
  subject: SelectorEntry;
  message: SelectorEntry;
  sender: SelectorEntry;
  body: SelectorEntry;
  listContainer: SelectorEntry;
  listRow: SelectorEntry;
}

export interface Adapter {
  id: MailProviderId;
  label: string;
  win: Window & typeof globalThis;
  view(): MailView;
  /** Thread id of the open conversation as the page shows it, or null. */
  openThreadId(): string | null;
  /** Element whose subtree changes when the view or the open thread changes. */
  navigationScope(): Element | null;
  /** Where the open conversation's parts are (health probes look only there). */
  threadRoot(): ParentNode;
  health: HealthSelectors;
  user(): UserAddress | null;
  readThread(): OpenThread;
  readRows(): ListRow[];
  openThread(threadId: string): boolean;
  composeElement(): HTMLElement | null;
  replyControl(): HTMLElement | null;
  mountPoint(): MountPoint;
}
