/** The first reply to an unhappy client: listen, restate, ask for specifics, own it, promise a plan date. */
import { deadlineOver, dueBy } from '../tone/deadlines';
import type { ToneDeadline, ToneIssue, ToneLevel, ToneReport } from '../tone/types';
import { inline, issueText, letter, numbered } from './compose';
import { formatDay } from './dates';
import { t } from './texts';
import type { Draft, DraftPeople, DraftVariant } from './types';

export interface FirstResponseInput extends DraftPeople {
  /** The analyser's report on the client's message; null or a non-ok status gives the generic reply. */
  report: ToneReport | null;
  /** When the client will have a plan; the caller adds settings.planPromiseDays working days. */
  planBy: Date;
  /** When the reply is written: a date the client set that has already gone by is not promised "by then". */
  now: Date;
}

const EMPATHY = {
  calm: 'first.empathy.calm',
  concerned: 'first.empathy.concerned',
  upset: 'first.empathy.upset',
  escalation: 'first.empathy.escalation',
} as const satisfies Record<ToneLevel, string>;

type DeadlineTiming = 'passed' | 'beforePlan' | 'later';

/** The same rule as the sidebar's "(passed)": a day is over only once the whole day is. */
function timing(d: ToneDeadline, now: Date, planBy: Date): DeadlineTiming {
  if (deadlineOver(d, now)) return 'passed';
  return deadlineOver(d, planBy) ? 'beforePlan' : 'later';
}

const DEADLINE_TEXT = { passed: 'first.deadlines.passed', beforePlan: 'first.deadlines.beforePlan', later: 'first.deadlines' } as const;

/**
 * What the reply says about each date the client set: one for the plan to answer, one that comes
 * before the plan (answered sooner), and one already gone by (said plainly, not promised "by then").
 */
function deadlineLines(deadlines: ToneDeadline[], now: Date, planBy: Date): string[] {
  const groups: Record<DeadlineTiming, ToneDeadline[]> = { passed: [], beforePlan: [], later: [] };
  for (const d of deadlines) groups[timing(d, now, planBy)].push(d);
  return (Object.keys(groups) as DeadlineTiming[])
    .filter((k) => groups[k].length > 0)
    .map((k) => t(DEADLINE_TEXT[k], { deadlines: quoted(groups[k]) }));
}

function quoted(phrases: { phrase: string }[]): string {
  return phrases.map((p) => `"${inline(p.phrase, 80)}"`).join(', ');
}

/**
 * The first question in full, the rest shorter: the same long sentence three times reads like a form.
 * A generality in a sentence the list above already restates is quoted by its own words, not by the
 * whole sentence again.
 */
function generalityQuestion(listed: ToneIssue[]) {
  return (issue: ToneIssue, index: number): string => {
    const restated = listed.some((s) => s.start < issue.end && issue.start < s.end);
    const own = inline(issue.statement);
    const quote = (restated && own) || inline(issue.evidence) || own;
    return t(index === 0 ? 'first.generality.question' : 'first.generality.questionMore', { quote });
  };
}

export function firstResponseDraft(input: FirstResponseInput, variant: DraftVariant): Draft {
  const full = variant === 'full';
  const report = input.report?.status === 'ok' ? input.report : null;
  const tz = input.settings.working.timeZone;
  // Unscored (another language, too short, or no report): no level, so no worry or anger is put in the client's mouth.
  const empathy = report?.level ? EMPATHY[report.level] : 'first.empathy.unscored';
  const specifics = report?.issues.filter((i) => i.kind === 'specific' && inline(i.statement)) ?? [];
  const generalities = report?.issues.filter((i) => i.kind === 'generality' && (inline(i.evidence) || inline(i.statement))) ?? [];
  const hasIssues = specifics.length + generalities.length > 0;
  const asks = report?.asks ?? [];
  const deadlines = dueBy(report?.deadlines ?? []);
  const date = formatDay(input.planBy, tz);

  // A calm message with nothing wrong in it (a thank-you, a request) gets an ordinary reply, chosen with
  // "Draft a reply anyway": no question about what went wrong, no rescue plan.
  if (report?.level === 'calm' && !hasIssues) {
    const body = letter(input, [
      t('first.calm.thanks'),
      asks.length > 0 ? t('first.calm.asks', { asks: quoted(asks), date }) : t('first.calm.reply', { date }),
    ]);
    return { kind: 'first-response', variant, body };
  }

  const body = letter(input, [
    t(empathy),
    !hasIssues && t('first.noIssues.ask'),
    specifics.length > 0 && `${t('first.issues.intro')}\n${numbered(specifics.map((i) => issueText(i.statement)))}`,
    generalities.length > 0 &&
      [full ? t('first.generalities.intro') : null, ...generalities.map(generalityQuestion(specifics))].filter(Boolean).join('\n'),
    // Owning a problem nobody has described yet would be a promise in the dark.
    full && hasIssues && t('first.ownership'),
    full && asks.length > 0 && t(asks.length === 1 ? 'first.asks.one' : 'first.asks.many', { asks: quoted(asks) }),
    ...(full ? deadlineLines(deadlines, input.now, input.planBy) : []),
    t(full && hasIssues ? 'first.plan.full' : 'first.plan.short', { date }),
    full && t('first.meantime'),
    // Only a list can be confirmed complete; questions alone already ask the client to say more.
    specifics.length > 0 && t('first.confirm'),
  ]);
  return { kind: 'first-response', variant, body };
}
