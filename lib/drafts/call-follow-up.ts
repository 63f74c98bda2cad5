/** After a call, put it in writing: what we discussed, the agreed issues, the client's commitment, the plan date. */
import type { CaseUpdate } from '../cases/types';
import { inline, issueText, letter, numbered } from './compose';
import { commitmentLine, live, orderedIssues } from './case-view';
import { formatDay, toDate } from './dates';
import { t } from './texts';
import type { CaseDraftInput, Draft, DraftPeople, DraftVariant } from './types';

export interface CallFollowUpInput extends CaseDraftInput, DraftPeople {
  /** The call being followed up; defaults to the newest call or meeting logged on the case. */
  call?: CaseUpdate | null;
  /** When the plan is due; defaults to the case's planPromisedBy. */
  planBy?: Date | null;
}

function latestCall(updates: CaseUpdate[]): CaseUpdate | null {
  const calls = live(updates).filter((u) => u.channel === 'call' || u.channel === 'meeting');
  return calls.sort((a, b) => (toDate(b.at)?.date.getTime() ?? 0) - (toDate(a.at)?.date.getTime() ?? 0))[0] ?? null;
}

function issueBlock(input: CaseDraftInput): string {
  const issues = orderedIssues(input);
  const agreed = issues.filter((issue) => issue.agreed);
  // Until the client has agreed any of them, show them all and ask: the list is ours, not yet theirs.
  const shown = agreed.length > 0 ? agreed : issues;
  const heading = t(agreed.length > 0 ? 'followUp.issues.agreed' : 'followUp.issues.unconfirmed');
  const list = shown.length > 0 ? numbered(shown.map((issue) => issueText(issue.statement))) : t('followUp.issues.none');
  return `${heading}\n${list}`;
}

export function callFollowUpDraft(input: CallFollowUpInput, variant: DraftVariant): Draft {
  const full = variant === 'full';
  const tz = input.settings.working.timeZone;
  const call = input.call === undefined ? latestCall(input.updates) : input.call;
  const when = call && toDate(call.at) ? t('followUp.when', { date: formatDay(call.at, tz) }) : t('followUp.whenMissing');
  const summary = inline(call?.summary, 600);
  const planDate = formatDay(input.planBy ?? input.case.planPromisedBy, tz);

  const body = letter(input, [
    t(full ? 'followUp.thanks.full' : 'followUp.thanks.short', { when }),
    summary ? t('followUp.summary', { summary }) : full && t('followUp.summary', { summary: t('followUp.summaryMissing') }),
    issueBlock(input),
    commitmentLine(input.commitment),
    t('followUp.plan', { date: planDate }),
    full && t('followUp.confirm'),
  ]);
  return { kind: 'call-follow-up', variant, subject: t('followUp.subject'), body };
}
