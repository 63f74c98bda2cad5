/** Realistic inputs for the draft tests: an upset client's report, a case in progress, and settings. */
import type { CaseIssue, CaseUpdate, Client, ClientCommitment, PlanAction, RescueCase } from '../../lib/cases/types';
import type { CaseDraftInput } from '../../lib/drafts/types';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import type { ToneIssue, ToneLevel, ToneReport } from '../../lib/tone/types';

export const SETTINGS: Settings = { ...DEFAULT_SETTINGS, userName: 'Sam Carter', signOff: 'Kind regards', escalationContact: 'lead@agency.test', working: { ...DEFAULT_SETTINGS.working, timeZone: 'Europe/London' } };

export const NOW = new Date('2026-11-27T12:00:00Z'); // a Friday

/** Where the next fixture issue's sentence starts: each is a sentence of its own unless `at` says otherwise. */
let nextStart = 0;

export function issue(statement: string, evidence: string, kind: ToneIssue['kind'] = 'specific', at?: number): ToneIssue {
  const start = at ?? nextStart;
  nextStart = Math.max(nextStart, start + evidence.length + 1);
  return { statement, evidence, kind, start, end: start + evidence.length };
}

export function report(level: ToneLevel, issues: ToneIssue[], extra: Partial<ToneReport> = {}): ToneReport {
  return {
    status: 'ok', score: 72, level, unhappy: true, signals: [], issues, asks: [], deadlines: [], reasons: [],
    truncated: false, analysedLength: 500, ...extra,
  };
}

export const UPSET_REPORT = report(
  'upset',
  [
    issue('invoice 4411 charged twice', 'Invoice 4411 was charged twice this month.'),
    issue('checkout page down since Monday', 'The checkout page has been down since Monday.'),
    issue('you always break something when you deploy', 'You always break something when you deploy!', 'generality'),
    issue('nobody ever answers the phone', 'Nobody ever answers the phone.', 'generality'),
  ],
  {
    asks: [{ kind: 'refund', phrase: 'refund the duplicate charge', start: 0, end: 1 }],
    deadlines: [{ phrase: 'by Friday', start: 0, end: 1, resolved: '2026-11-27T17:00:00Z', due: true }],
  },
);

const stamp = { createdAt: '2026-11-20T09:00:00Z', updatedAt: '2026-11-20T09:00:00Z', deletedAt: null };

export const CLIENT: Client = {
  id: 'c1', ...stamp, key: 'acme.test', name: 'Acme Ltd', domain: 'acme.test', addresses: ['jane.doe@acme.test'],
  mainContact: { name: 'Jane Doe', email: 'jane.doe@acme.test' },
};

export const CASE: RescueCase = {
  id: 'k1', ...stamp, clientId: 'c1', title: 'Checkout outage and double billing', step: 'execute', outcome: 'open',
  severity: 'upset', severityScore: 72, openedAt: '2026-11-20T09:00:00Z', cadenceDays: 2,
  nextUpdateDue: '2026-11-30T17:00:00Z', lastUpdateAt: '2026-11-25T10:00:00Z', waitingOnClient: false,
  planPromisedBy: '2026-11-24T17:00:00Z',
};

function caseIssue(id: string, statement: string, evidence: string, extra: Partial<CaseIssue> = {}): CaseIssue {
  return { id, ...stamp, caseId: 'k1', statement, evidence, kind: 'specific', agreed: true, status: 'open', resolvedWhen: '', order: 0, ...extra };
}

export const ISSUES: CaseIssue[] = [
  caseIssue('i1', 'Invoice 4411 charged twice', 'Invoice 4411 was charged twice this month.', { order: 1, status: 'resolved', resolvedWhen: 'the duplicate charge shows as refunded on your statement' }),
  caseIssue('i2', 'Checkout page down since Monday', 'The checkout page has been down since Monday.', { order: 0, status: 'in-progress', resolvedWhen: 'ten test orders go through without an error' }),
  caseIssue('i3', 'Releases break existing features', 'You always break something when you deploy!', { order: 2, kind: 'generality', agreed: false }),
  caseIssue('i4', 'Deleted issue must not show', 'gone', { order: 3, deletedAt: '2026-11-21T09:00:00Z' }),
];

function action(id: string, issueId: string | null, text: string, extra: Partial<PlanAction> = {}): PlanAction {
  return { id, ...stamp, caseId: 'k1', issueId, action: text, owner: 'us', due: null, quickWin: false, order: 0, status: 'todo', ...extra };
}

export const ACTIONS: PlanAction[] = [
  action('a1', 'i1', 'Refund the duplicate charge on invoice 4411', { quickWin: true, due: '2026-11-24', status: 'done', doneAt: '2026-11-26T10:00:00Z', order: 0 }),
  action('a2', 'i2', 'Roll back the payment module and monitor checkout', { due: '2026-11-30', status: 'doing', order: 1 }),
  action('a3', 'i2', 'Send us the order numbers that failed', { owner: 'client', due: '2026-11-30', order: 2 }),
  action('a4', 'i3', 'Add a release checklist with a staging sign-off', { due: '2026-12-04', order: 3 }),
  action('a5', null, 'Weekly check-in call', { due: '2026-12-02', order: 4 }),
  action('a6', 'i2', 'Deleted action must not show', { deletedAt: '2026-11-21T09:00:00Z' }),
];

export const UPDATES: CaseUpdate[] = [
  { id: 'u1', ...stamp, caseId: 'k1', at: '2026-11-21T15:00:00Z', channel: 'call', summary: 'Walked through both problems; Jane agreed the list.', source: 'manual' },
  { id: 'u2', ...stamp, caseId: 'k1', at: '2026-11-25T10:00:00Z', channel: 'email', summary: 'Sent the plan.', source: 'seen-reply' },
];

export const COMMITMENT: ClientCommitment = { id: 'm1', ...stamp, caseId: 'k1', text: 'pay invoice 4412 and renew the support contract', status: 'agreed' };

export const CASE_INPUT: CaseDraftInput = { client: CLIENT, case: CASE, issues: ISSUES, commitment: COMMITMENT, actions: ACTIONS, updates: UPDATES };

/** An empty case: nothing recorded yet, so every fact must come back as a `[…]` placeholder, never invented. */
export const EMPTY_CASE_INPUT: CaseDraftInput = {
  client: { ...CLIENT, mainContact: null },
  case: { ...CASE, step: 'listen', severityScore: null, nextUpdateDue: null, lastUpdateAt: null, planPromisedBy: null },
  issues: [], commitment: null, actions: [], updates: [],
};
