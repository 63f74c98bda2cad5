/** Words the dashboard shows for stored values. */
import type { ToneLevel } from '../tone/types';
import type { ActionStatus, CaseOutcome, IssueStatus, UpdateChannel } from '../cases/types';

export const LEVEL_LABEL: Record<ToneLevel, string> = {
  calm: 'Calm',
  concerned: 'Concerned',
  upset: 'Upset',
  escalation: 'Escalation risk',
};

export const OUTCOME_LABEL: Record<CaseOutcome, string> = { open: 'Open', resolved: 'Resolved', lost: 'Lost' };

export const ISSUE_STATUS_LABEL: Record<IssueStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  resolved: 'Resolved',
};

export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = { todo: 'To do', doing: 'Doing', done: 'Done' };

export const CHANNEL_LABEL: Record<UpdateChannel, string> = {
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  chat: 'Chat',
  other: 'Other',
};
