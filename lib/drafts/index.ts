/** The drafts' public surface: builders, the coach, and the name and date helpers callers need. */
export { firstResponseDraft, type FirstResponseInput } from './first-response';
export { callFollowUpDraft, type CallFollowUpInput } from './call-follow-up';
export { planProposalDraft, type PlanProposalInput } from './plan-proposal';
export { statusUpdateDraft, type StatusUpdateInput } from './status-update';
export { escalationDraft, type EscalationInput } from './escalation';
export { coachReply, MAX_COACH_CHARS, type CoachContext } from './coach';
export { caseContactFirstName, firstNameFrom } from './names';
export { formatDay } from './dates';
export type { CaseDraftInput, CoachFinding, CoachFindingKind, Draft, DraftKind, DraftPeople, DraftVariant } from './types';
