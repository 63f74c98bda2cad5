/** The toolbar badge: red count of overdue items, amber count of items due soon, tooltip naming them. */
import { i18n } from '#i18n';
import type { AnalysedThread, RescueCase } from '../cases/types';
import type { WorkingTime } from '../settings/schema';
import { caseDueOn, soonLimitOn, threadDueOn, type DueOptions } from './due-state';
import { calendarFor } from './working-calendar';
import type { DueState, NudgeCase } from './types';

export interface Badge {
  text: string;
  color: 'red' | 'amber' | null;
  title: string;
}

export interface BadgeOptions extends DueOptions {
  /** How a case is named in the tooltip, e.g. "Acme — invoice charged twice"; defaults to its title. */
  nameOf?: (c: RescueCase) => string;
}

/** A tooltip is one glance: name the most urgent few, count the rest. */
const NAMES_SHOWN = 5;
/** Badges fit about four characters. */
const MAX_BADGE_COUNT = 99;

interface Item {
  name: string;
  dueAt: number;
}

/** "3 overdue: …" or "1 due soon: …", in the user's language. */
type Heading = (count: number, names: string) => string;
const overdueHeading: Heading = (n, names) => i18n.t('background.badgeOverdue', [n, names]);
const dueSoonHeading: Heading = (n, names) => i18n.t('background.badgeDueSoon', [n, names]);

function listed(heading: Heading, items: Item[]): string {
  const names = [...items].sort((a, b) => a.dueAt - b.dueAt).slice(0, NAMES_SHOWN).map((i) => i.name);
  const more = items.length - names.length;
  const shown = names.join('; ');
  return heading(items.length, more > 0 ? i18n.t('background.badgeMore', [shown, more]) : shown);
}

/** "Client Rescue — …": the tooltip says whose badge it is. */
function titled(text: string): string {
  return `${i18n.t('extName')} — ${text}`;
}

function collect(state: DueState, name: () => string, overdue: Item[], soon: Item[]): void {
  if (!state.dueAt) return;
  if (state.status === 'overdue') overdue.push({ name: name(), dueAt: state.dueAt.getTime() });
  else if (state.status === 'due-soon') soon.push({ name: name(), dueAt: state.dueAt.getTime() });
}

export function badgeFor(
  cases: readonly NudgeCase[],
  threads: readonly AnalysedThread[],
  working: WorkingTime,
  now: Date,
  options: BadgeOptions = {},
): Badge {
  const cal = calendarFor(working);
  const nowMs = now.getTime();
  const soonLimit = soonLimitOn(cal, nowMs, options.dueSoonMs);
  const nameOf = options.nameOf ?? ((c: RescueCase) => c.title);
  const overdue: Item[] = [];
  const soon: Item[] = [];
  for (const c of cases) collect(caseDueOn(cal, c, nowMs, soonLimit), () => nameOf(c), overdue, soon);
  for (const t of threads) {
    collect(threadDueOn(cal, t, nowMs, soonLimit), () => i18n.t('background.badgeUnanswered', [t.subject || t.fromAddress]), overdue, soon);
  }
  const count = (n: number) => (n > MAX_BADGE_COUNT ? `${MAX_BADGE_COUNT}+` : String(n));
  if (overdue.length > 0) {
    const lines = [titled(listed(overdueHeading, overdue))];
    if (soon.length > 0) lines.push(listed(dueSoonHeading, soon));
    return { text: count(overdue.length), color: 'red', title: lines.join('\n') };
  }
  if (soon.length > 0) return { text: count(soon.length), color: 'amber', title: titled(listed(dueSoonHeading, soon)) };
  return { text: '', color: null, title: titled(i18n.t('background.badgeNothingDue')) };
}
