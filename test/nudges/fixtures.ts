/** Settings and cases shared by the nudge tests: explicit zones so results never depend on the machine's TZ. */
import type { AnalysedThread } from '../../lib/cases/types';
import type { NudgeCase } from '../../lib/nudges/types';
import type { WorkingTime } from '../../lib/settings/schema';

export const HOUR = 3_600_000;

export function officeHours(timeZone: string, extra: Partial<WorkingTime> = {}): WorkingTime {
  return { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone, holidays: [], ...extra };
}

export const BERLIN = officeHours('Europe/Berlin');
export const NEW_YORK = officeHours('America/New_York');

export const at = (iso: string): Date => new Date(iso);

export function rescueCase(fields: Partial<NudgeCase> = {}): NudgeCase {
  return {
    id: 'case-1',
    createdAt: '2026-11-23T08:00:00Z',
    updatedAt: '2026-11-23T08:00:00Z',
    clientId: 'client-1',
    title: 'Acme: invoice charged twice',
    step: 'listen',
    outcome: 'open',
    severity: 'upset',
    openedAt: '2026-11-23T08:00:00Z',
    waitingOnClient: false,
    ...fields,
  };
}

export function flaggedThread(fields: Partial<AnalysedThread> = {}): AnalysedThread {
  return {
    id: 'gmail:t1',
    provider: 'gmail',
    threadId: 't1',
    newestMessageId: 'm1',
    fromAddress: 'boss@globex.example',
    subject: 'This is unacceptable',
    level: 'escalation',
    score: 90,
    analysedAt: '2026-11-24T09:00:00Z',
    messageAt: '2026-11-24T09:00:00Z',
    repliedAt: null,
    dismissed: false,
    caseId: null,
    ...fields,
  };
}
