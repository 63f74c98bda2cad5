/** The internal hand-off when a rescue is beyond the user: everything the escalation contact needs on one screen. */
import type { CaseUpdate } from '../cases/types';
import type { Settings } from '../settings/schema';
import { inline, issueText, numbered, paragraphs, signature } from './compose';
import { live, orderedActions, orderedIssues } from './case-view';
import { formatDay, isPast, toDate } from './dates';
import { t } from './texts';
import type { CaseDraftInput, Draft, DraftVariant } from './types';

export interface EscalationInput extends CaseDraftInput {
  settings: Settings;
  now: Date;
  /** What the user needs from the contact and by when; `[…]` placeholders when not given. */
  needed?: string | null;
  neededBy?: Date | null;
}

/** The short hand-off keeps the latest few updates; the full one carries the whole history. */
const SHORT_HISTORY = 3;

function byTime(a: CaseUpdate, b: CaseUpdate): number {
  return (toDate(a.at)?.date.getTime() ?? 0) - (toDate(b.at)?.date.getTime() ?? 0);
}

export function escalationDraft(input: EscalationInput, variant: DraftVariant): Draft {
  const full = variant === 'full';
  const { case: c, client, settings } = input;
  const tz = settings.working.timeZone;
  const clientName = inline(client.name) || inline(client.domain) || t('escalation.clientMissing');
  const level = t(`level.${c.severity}`);
  const contact = client.mainContact && inline(client.mainContact.email);

  const issues = orderedIssues(input);
  const issueList =
    issues.length > 0
      ? numbered(
          issues.map((issue) => {
            const line = t('escalation.issue', { statement: issueText(issue.statement), status: t(`issueStatus.${issue.status}`) });
            const quote = inline(issue.evidence);
            return quote ? `${line}\n${t('escalation.evidence', { quote })}` : line;
          }),
        )
      : t('escalation.noIssues');

  const actions = orderedActions(input.actions);
  const updates = live(input.updates).sort(byTime);
  const history = (full ? updates : updates.slice(-SHORT_HISTORY)).map((u) =>
    t('escalation.historyItem', { date: formatDay(u.at, tz), channel: t(`channel.${u.channel}`), summary: inline(u.summary) || '-' }),
  );
  const commitmentText = inline(input.commitment?.text);

  const facts = [
    t('escalation.client', { name: clientName, domain: inline(client.domain) || '-' }),
    contact && t('escalation.contact', { name: inline(client.mainContact?.name) || contact, email: contact }),
    typeof c.severityScore === 'number' && Number.isFinite(c.severityScore)
      ? t('escalation.severityScored', { level, score: Math.round(c.severityScore) })
      : t('escalation.severity', { level }),
    t('escalation.opened', { date: formatDay(c.openedAt, tz), step: t(`step.${c.step}`) }),
  ].filter(Boolean).join('\n');

  const nextDue = c.nextUpdateDue
    ? t(isPast(c.nextUpdateDue, input.now) ? 'escalation.nextUpdateOverdue' : 'escalation.nextUpdate', { date: formatDay(c.nextUpdateDue, tz) })
    : null;

  const body = paragraphs([
    t('escalation.greeting'),
    full && t('escalation.intro'),
    facts,
    `${t('escalation.issues')}\n${issueList}`,
    full && input.commitment && commitmentText && t('escalation.commitment', { text: commitmentText, status: t(`commitmentStatus.${input.commitment.status}`) }),
    full && actions.length > 0 && t('escalation.plan', { done: actions.filter((a) => a.status === 'done').length, total: actions.length }),
    `${t('escalation.history')}\n${history.length > 0 ? history.join('\n') : t('escalation.historyNone')}`,
    nextDue,
    t('escalation.needed', {
      needed: inline(input.needed) || t('escalation.neededMissing'),
      date: input.neededBy ? formatDay(input.neededBy, tz) : t('date.missing'),
    }),
    signature(settings),
  ]);

  const title = inline(c.title);
  const subject = title ? t('escalation.subject', { client: clientName, title }) : t('escalation.subjectUntitled', { client: clientName });
  const to = inline(c.escalationContact) || inline(settings.escalationContact) || null;
  return { kind: 'escalation', variant, to, subject, body };
}
