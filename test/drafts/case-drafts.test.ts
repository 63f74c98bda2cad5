import { describe, expect, it } from 'vitest';
import type { CaseUpdate } from '../../lib/cases/types';
import { callFollowUpDraft } from '../../lib/drafts/call-follow-up';
import { coachReply } from '../../lib/drafts/coach';
import { escalationDraft } from '../../lib/drafts/escalation';
import { planProposalDraft } from '../../lib/drafts/plan-proposal';
import { statusUpdateDraft } from '../../lib/drafts/status-update';
import type { CaseDraftInput, Draft, DraftVariant } from '../../lib/drafts/types';
import { expectWellFormed, placeholders } from './expect-draft';
import { ACTIONS, CASE, CASE_INPUT, COMMITMENT, EMPTY_CASE_INPUT, ISSUES, NOW, SETTINGS, UPDATES } from './fixtures';

const VARIANTS: DraftVariant[] = ['short', 'full'];
const PEOPLE = { settings: SETTINGS, clientFirstName: 'Jane' };
const LATE = new Date('2026-12-01T12:00:00Z'); // after CASE.nextUpdateDue
const NEXT = new Date('2026-12-03T17:00:00Z');

const liveIssues = ISSUES.filter((i) => !i.deletedAt);
const liveActions = ACTIONS.filter((a) => !a.deletedAt);

/** Every builder over one input, so the shared properties are checked for all kinds alike. */
function allDrafts(input: CaseDraftInput, variant: DraftVariant, now = NOW): Draft[] {
  return [
    callFollowUpDraft({ ...input, ...PEOPLE }, variant),
    planProposalDraft({ ...input, ...PEOPLE }, variant),
    statusUpdateDraft({ ...input, ...PEOPLE, now, nextUpdateAt: NEXT }, variant),
    escalationDraft({ ...input, settings: SETTINGS, now }, variant),
  ];
}

describe('case-based drafts: shared properties', () => {
  for (const variant of VARIANTS) {
    it(`${variant}: well formed, no tone problems, right kind and variant, from a full case and an empty one`, () => {
      for (const input of [CASE_INPUT, EMPTY_CASE_INPUT]) {
        for (const draft of allDrafts(input, variant, LATE)) {
          expect(draft.variant).toBe(variant);
          expect(draft.subject).toBeTruthy();
          expectWellFormed(draft);
        }
      }
    });
  }

  it('short is shorter than full for every kind', () => {
    const short = allDrafts(CASE_INPUT, 'short', LATE);
    const full = allDrafts(CASE_INPUT, 'full', LATE);
    short.forEach((draft, i) => {
      expect(draft.kind).toBe(full[i].kind);
      expect(draft.body.length, draft.kind).toBeLessThan(full[i].body.length);
    });
  });

  it('never shows soft-deleted issues or actions', () => {
    for (const variant of VARIANTS) {
      for (const draft of allDrafts(CASE_INPUT, variant)) expect(draft.body).not.toMatch(/must not show/);
    }
  });

  it('an empty case gets `[…]` placeholders for the facts, not invented ones', () => {
    const [followUp, plan] = allDrafts(EMPTY_CASE_INPUT, 'full');
    expect(placeholders(followUp.body)).toEqual(
      expect.arrayContaining(['[when we spoke]', '[summary of the call]', '[the issues we agreed on]', '[date]']),
    );
    expect(placeholders(followUp.body).some((p) => p.startsWith('[what the client agreed'))).toBe(true);
    expect(placeholders(plan.body)).toEqual(expect.arrayContaining(['[action for this issue]', '[how we will both know this is fixed]']));
  });

  it('leaves the signature to the mail client when it adds its own', () => {
    const settings = { ...SETTINGS, mailClientAddsSignature: true };
    for (const draft of [
      callFollowUpDraft({ ...CASE_INPUT, settings }, 'full'),
      statusUpdateDraft({ ...CASE_INPUT, settings, now: NOW, nextUpdateAt: NEXT }, 'full'),
      escalationDraft({ ...CASE_INPUT, settings, now: NOW }, 'full'),
    ]) {
      expect(draft.body).not.toContain('Sam Carter');
      expect(draft.body).not.toContain('Kind regards');
    }
  });
});

describe('callFollowUpDraft', () => {
  for (const variant of VARIANTS) {
    it(`${variant}: summary of the call, every agreed issue numbered, the commitment and the plan date`, () => {
      const { body } = callFollowUpDraft({ ...CASE_INPUT, ...PEOPLE }, variant);
      expect(body.startsWith('Hi Jane,')).toBe(true);
      expect(body).toContain('Saturday 21 November');
      expect(body).toContain('Walked through both problems');
      const numberedLines = body.split('\n').filter((l) => /^\d+\. /.test(l));
      const agreed = liveIssues.filter((i) => i.agreed);
      expect(numberedLines).toHaveLength(agreed.length);
      for (const issue of agreed) expect(body).toContain(issue.statement);
      expect(body).not.toContain('Releases break existing features'); // not agreed yet
      expect(body).toContain(COMMITMENT.text);
      expect(body).toContain('Tuesday 24 November'); // CASE.planPromisedBy
    });
  }

  it('asks to confirm the list when no issue is agreed yet, and lists them all', () => {
    const issues = liveIssues.map((i) => ({ ...i, agreed: false }));
    const { body } = callFollowUpDraft({ ...CASE_INPUT, ...PEOPLE, issues }, 'short');
    expect(body).toMatch(/please confirm/i);
    for (const issue of issues) expect(body).toContain(issue.statement);
  });

  it('uses the call and plan date it is given, and asks to confirm a merely proposed commitment', () => {
    const call: CaseUpdate = { ...UPDATES[0], at: '2026-11-26T14:00:00Z', summary: 'Second call' };
    const { body } = callFollowUpDraft(
      { ...CASE_INPUT, ...PEOPLE, call, planBy: new Date('2026-12-01T12:00:00Z'), commitment: { ...COMMITMENT, status: 'proposed' } },
      'full',
    );
    expect(body).toContain('Thursday 26 November');
    expect(body).toContain('Second call');
    expect(body).toContain('Tuesday 1 December');
    expect(body).toMatch(/pay invoice 4412[^\n]*confirm/);
  });

  it('leaves out a declined commitment rather than pretending it was agreed', () => {
    const { body } = callFollowUpDraft({ ...CASE_INPUT, ...PEOPLE, commitment: { ...COMMITMENT, status: 'declined' } }, 'full');
    expect(body).not.toContain(COMMITMENT.text);
    expect(body).not.toContain('[what the client agreed');
  });
});

describe('planProposalDraft', () => {
  for (const variant of VARIANTS) {
    const { body } = planProposalDraft({ ...CASE_INPUT, ...PEOPLE, nextUpdateAt: NEXT }, variant);

    it(`${variant}: every issue and action appears, with owners on both sides and dates`, () => {
      for (const issue of liveIssues) expect(body).toContain(issue.statement);
      for (const action of liveActions) expect(body).toContain(action.action);
      expect(body).toMatch(/owner: us/);
      expect(body).toMatch(/owner: you/);
      expect(body).toContain('Monday 30 November');
    });

    it(`${variant}: the quick win comes first`, () => {
      const quick = liveActions.find((a) => a.quickWin)!;
      const firstAction = body.split('\n').find((l) => /^\s*- /.test(l));
      expect(firstAction).toContain(quick.action);
      expect(body.split('\n').find((l) => /^1\. /.test(l))).toContain('Invoice 4411');
    });

    it(`${variant}: says how both sides will know each issue is resolved`, () => {
      for (const issue of liveIssues) {
        const block = body.slice(body.indexOf(issue.statement)).split('\n\n')[0];
        expect(block).toMatch(/Resolved when: \S/);
        if (issue.resolvedWhen) expect(block).toContain(issue.resolvedWhen);
      }
    });
  }

  it("says inside an action's line how both sides will know it is done, when the plan says so", () => {
    const [first, ...rest] = liveActions;
    const withTest = { ...CASE_INPUT, actions: [{ ...first, doneWhen: 'the refund shows on your March statement' }, ...rest] };
    const { body } = planProposalDraft({ ...withTest, ...PEOPLE, nextUpdateAt: NEXT }, 'full');
    const line = body.split('\n').find((l) => l.includes(first.action))!;
    expect(line).toMatch(/; done when the refund shows on your March statement\)$/);
    for (const a of rest) expect(body.split('\n').find((l) => l.includes(a.action))).not.toContain('done when');
  });

  it('answers every issue of the case by the coach\'s own measure, and gives dates', () => {
    for (const variant of VARIANTS) {
      const { body } = planProposalDraft({ ...CASE_INPUT, ...PEOPLE, nextUpdateAt: NEXT }, variant);
      const gaps = coachReply(body, { issues: liveIssues }).filter((f) => f.kind === 'unanswered-issue' || f.kind === 'no-date');
      expect(gaps).toEqual([]);
    }
  });

  it('full adds the commitment and the first update date', () => {
    const { body } = planProposalDraft({ ...CASE_INPUT, ...PEOPLE, nextUpdateAt: NEXT }, 'full');
    expect(body).toContain(COMMITMENT.text);
    expect(body).toContain('Thursday 3 December');
  });

  it('puts a quick win that belongs to no issue first too', () => {
    const actions = liveActions.map((a) => ({ ...a, quickWin: a.issueId === null }));
    const { body } = planProposalDraft({ ...CASE_INPUT, ...PEOPLE, actions }, 'short');
    expect(body.split('\n').find((l) => /^\s*- /.test(l))).toContain('Weekly check-in call');
  });
});

describe('statusUpdateDraft', () => {
  const onTime = (variant: DraftVariant) => statusUpdateDraft({ ...CASE_INPUT, ...PEOPLE, now: NOW, nextUpdateAt: NEXT }, variant).body;

  for (const variant of VARIANTS) {
    it(`${variant}: done since the last update, in progress, next steps, what we need, and the next update date`, () => {
      const body = onTime(variant);
      expect(body).toContain('Refund the duplicate charge'); // done after lastUpdateAt
      expect(body).toContain('Roll back the payment module');
      expect(body).toContain('Add a release checklist');
      expect(body).toContain('Send us the order numbers');
      expect(body).toContain('Thursday 3 December');
      expect(body).not.toMatch(/late|sorry/i);
    });
  }

  it('passes the reply coach: it acknowledges the client, and dates the next update', () => {
    for (const variant of VARIANTS) {
      const gaps = coachReply(onTime(variant)).filter((f) => f.kind === 'no-acknowledgement' || f.kind === 'no-date');
      expect(gaps).toEqual([]);
    }
  });

  it('does not repeat work finished before the last update', () => {
    const actions = liveActions.map((a) => (a.id === 'a1' ? { ...a, doneAt: '2026-11-22T10:00:00Z' } : a));
    const body = statusUpdateDraft({ ...CASE_INPUT, ...PEOPLE, actions, now: NOW, nextUpdateAt: NEXT }, 'short').body;
    expect(body).not.toContain('Refund the duplicate charge');
    expect(body).toMatch(/Nothing new has been finished since my last update/);
  });

  it('when overdue, says so plainly once, with the missed date, and apologises once without excuses', () => {
    for (const variant of VARIANTS) {
      const body = statusUpdateDraft({ ...CASE_INPUT, ...PEOPLE, now: LATE, nextUpdateAt: NEXT }, variant).body;
      expect(body).toMatch(/late/i);
      expect(body).toContain('Monday 30 November');
      expect(body.match(/sorry|apologi/gi)).toHaveLength(1);
      expect(coachReply(body).filter((f) => f.kind === 'excuse')).toEqual([]);
      expect(body.indexOf('late')).toBeLessThan(body.indexOf('Done'));
    }
  });

  it('takes the due time from the caller over the case field', () => {
    const body = statusUpdateDraft({ ...CASE_INPUT, ...PEOPLE, now: NOW, nextUpdateAt: NEXT, dueAt: '2026-11-26T17:00:00Z' }, 'short').body;
    expect(body).toMatch(/late/);
    expect(body).toContain('Thursday 26 November');
  });

  it('full lists where each issue stands', () => {
    const body = onTime('full');
    expect(body).toMatch(/Invoice 4411 charged twice: resolved/);
    expect(body).toMatch(/Checkout page down since Monday: in progress/);
  });

  it('marks an unknown next update date as a placeholder', () => {
    const body = statusUpdateDraft({ ...CASE_INPUT, ...PEOPLE, now: NOW, nextUpdateAt: null }, 'short').body;
    expect(body).toMatch(/next update by \[date\]/);
  });
});

describe('escalationDraft', () => {
  for (const variant of VARIANTS) {
    it(`${variant}: addressed to the escalation contact, with client, severity, issues with evidence, history and the ask`, () => {
      const draft = escalationDraft({ ...CASE_INPUT, settings: SETTINGS, now: LATE }, variant);
      expect(draft.to).toBe('lead@agency.test');
      expect(draft.subject).toContain('Acme Ltd');
      expect(draft.subject).toContain(CASE.title);
      expect(draft.body).toContain('Acme Ltd');
      expect(draft.body).toContain('jane.doe@acme.test');
      expect(draft.body).toMatch(/upset \(score 72/);
      for (const issue of liveIssues) {
        expect(draft.body).toContain(issue.statement);
        expect(draft.body).toContain(issue.evidence.replace(/[.!]$/, ''));
      }
      expect(draft.body).toContain('Sent the plan');
      expect(draft.body).toMatch(/overdue/);
      expect(draft.body).toContain('[what you need from them]');
    });
  }

  it("prefers the case's own contact, and gives null when there is none anywhere", () => {
    const own = escalationDraft({ ...CASE_INPUT, case: { ...CASE, escalationContact: 'cto@agency.test' }, settings: SETTINGS, now: NOW }, 'short');
    expect(own.to).toBe('cto@agency.test');
    const none = escalationDraft({ ...CASE_INPUT, settings: { ...SETTINGS, escalationContact: '' }, now: NOW }, 'short');
    expect(none.to).toBeNull();
  });

  it('fills in what is needed and by when when the caller knows', () => {
    const { body } = escalationDraft(
      { ...CASE_INPUT, settings: SETTINGS, now: NOW, needed: 'approval for a goodwill credit', neededBy: new Date('2026-11-30T12:00:00Z') },
      'short',
    );
    expect(body).toContain('approval for a goodwill credit, by Monday 30 November');
    expect(placeholders(body)).toEqual([]);
  });

  it('short keeps only the latest updates; full keeps the whole history in order', () => {
    const many: CaseUpdate[] = Array.from({ length: 6 }, (_, i) => ({ ...UPDATES[1], id: `m${i}`, at: `2026-11-2${i}T10:00:00Z`, summary: `Update ${i}` }));
    const short = escalationDraft({ ...CASE_INPUT, updates: many, settings: SETTINGS, now: NOW }, 'short').body;
    const full = escalationDraft({ ...CASE_INPUT, updates: many, settings: SETTINGS, now: NOW }, 'full').body;
    expect(short).not.toContain('Update 0');
    expect(short).toContain('Update 5');
    expect(full.indexOf('Update 0')).toBeLessThan(full.indexOf('Update 5'));
  });
});
