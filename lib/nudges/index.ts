/** Update-reminder rules: working time, cadence, promises, due state, badge and notifications. Pure. */
export { addWorkingTime, isWorkingTime, nextWorkingStart, workingMsBetween } from './working-time';
export { cadenceFor, nextUpdateDue } from './cadence';
export { findCommitments, promisedUpdateFrom, type Commitment } from './commitments';
export { DUE_SOON_MS, THREAD_REPLY_MS, dueState, threadDue, type DueOptions } from './due-state';
export { badgeFor, type Badge, type BadgeOptions } from './badge';
export {
  notificationsToSend,
  recordNotified,
  snoozeUntil,
  type NotifyState,
  type OverdueNotice,
  type SnoozeKind,
} from './notifications';
export type { DueState, DueStatus, NudgeCase, PromisedUpdate } from './types';
