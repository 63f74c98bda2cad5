/** Words the sidebar shows for analyser values. */
import type { SignalCategory, ToneLevel } from '../../lib/tone/types';

export const LEVEL_LABEL: Record<ToneLevel, string> = {
  calm: 'Calm',
  concerned: 'Concerned',
  upset: 'Upset',
  escalation: 'Escalation risk',
};

export const CATEGORY_LABEL: Record<SignalCategory, string> = {
  'broken-promise': 'Broken promise',
  'repeat-failure': 'Repeat failure',
  frustration: 'Frustration',
  urgency: 'Urgency',
  'churn-threat': 'Churn threat',
  'legal-threat': 'Legal threat',
  'escalation-request': 'Escalation request',
  blame: 'Blame',
  sarcasm: 'Sarcasm',
  'polite-anger': 'Polite anger',
  shouting: 'Shouting',
};

export function formatDue(iso: string | null, now = new Date()): string {
  if (!iso) return 'no update scheduled';
  const due = new Date(iso);
  const opts: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  const text = due.toLocaleString(undefined, opts);
  return due.getTime() < now.getTime() ? `overdue since ${text}` : `due ${text}`;
}
