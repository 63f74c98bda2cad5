/** The background's answers to the message protocol: the analyser and the case store live here. */
import { i18n } from '#i18n';
import { analyze } from '../../lib/tone/analyze';
import type { Nlp } from '../../lib/nlp/types';
import { clientKeyFor } from '../../lib/cases/client-key';
import type { RescueDb } from '../../lib/cases/db';
import { findOpenCase, openCaseFromMessage } from '../../lib/cases/open-case';
import { escalate, logUpdate, updateCase } from '../../lib/cases/case-edits';
import { promisedUpdateFrom } from '../../lib/nudges/commitments';
import { dismissThread, recordAnalysedThread, threadKey, threadsByIds } from '../../lib/cases/threads';
import { getCaseDetail } from '../../lib/cases/case-detail';
import { dueState } from '../../lib/nudges/due-state';
import { nextUpdateDue } from '../../lib/nudges/cadence';
import { escalationDraft } from '../../lib/drafts/escalation';
import { statusUpdateDraft } from '../../lib/drafts/status-update';
import { planProposalDraft } from '../../lib/drafts/plan-proposal';
import { callFollowUpDraft } from '../../lib/drafts/call-follow-up';
import { caseContactFirstName, firstNameFrom } from '../../lib/drafts/names';
import { firstResponseDraft } from '../../lib/drafts/first-response';
import { coachReply } from '../../lib/drafts/coach';
import { calendarFor } from '../../lib/nudges/working-calendar';
import { addWorkingOn } from '../../lib/nudges/working-time';
import type { CaseSummary } from '../../lib/messaging/protocol';
import type { Handlers } from '../../lib/messaging/router';
import type { Settings } from '../../lib/settings/schema';
import type { RescueCase } from '../../lib/cases/types';
import type { NlpLoader } from './nlp-loader';

export interface HandlerDeps {
  db: RescueDb;
  settings(): Promise<Settings>;
  now(): Date;
  openDashboard(hash: string): Promise<void>;
  nlp: NlpLoader;
  /** Readies the analyser, once per worker life (lib/tone/warm-up.ts). */
  warmUp(): void;
}

async function summarise(deps: HandlerDeps, c: RescueCase): Promise<CaseSummary> {
  const settings = await deps.settings();
  const [client, issues] = await Promise.all([
    deps.db.clients.get(c.clientId),
    deps.db.issues.where('caseId').equals(c.id).toArray(),
  ]);
  const due = dueState(c, settings.working, deps.now());
  return {
    caseId: c.id,
    title: c.title,
    clientName: client?.name ?? '',
    step: c.step,
    nextUpdateDue: due.dueAt ? due.dueAt.toISOString() : null,
    dueState: due.status,
    openIssues: issues
      .filter((i) => !i.deletedAt && i.status !== 'resolved')
      .sort((a, b) => a.order - b.order)
      .map((i) => ({ id: i.id, statement: i.statement })),
    escalatedAt: c.escalatedAt ?? null,
  };
}

/** The date a plan is promised by: the settings' number of working days from now, in working time. */
function planByDate(now: Date, settings: Settings): Date {
  const cal = calendarFor(settings.working);
  return new Date(addWorkingOn(cal, now.getTime(), settings.planPromiseDays * cal.dayMs));
}

/** The first lines of a reply, for the update log: enough to recognise it later. */
function replySummary(text: string): string {
  const firstLines = text.trim().split(/\n+/).slice(0, 3).join(' ');
  return i18n.t('background.replySent', [firstLines.length > 240 ? `${firstLines.slice(0, 239)}…` : firstLines]);
}

async function openCaseForAddress(db: RescueDb, address: string): Promise<RescueCase | undefined> {
  const client = await db.clients.where('key').equals(clientKeyFor(address)).first();
  return client ? findOpenCase(db, client.id) : undefined;
}


/** The language module, or null (deadline dates left out) when its script cannot be loaded. */
async function nlpOrNull(loader: NlpLoader): Promise<Nlp | null> {
  try {
    return await loader.load();
  } catch (error) {
    console.warn('Client Rescue: answering without the language module.', error);
    return null;
  }
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db } = deps;
  return {
    // The level first: a worker that has not loaded its language module yet answers without it, and
    // the sidebar, once it shows that answer, asks again with `complete`, which loads it. Loading it
    // any sooner would hold up the sidebar's other first requests (the case lookup) behind it.
    'tone:analyze': async ({ text, subject, sentAt, complete }) => {
      const nlp = deps.nlp.loaded() ?? (complete ? await nlpOrNull(deps.nlp) : null);
      const report = analyze(text, { subject, sentAt }, nlp);
      return nlp || complete ? report : { ...report, partial: true as const };
    },
    // A mail tab asks as soon as it opens, so the first message does not wait for the analyser's
    // first run. Not for the language module: loading it blocks the worker for up to a second, which
    // could land just when the sidebar asks for its first answer.
    'tone:warm': () => {
      deps.warmUp();
      return { ready: true };
    },
    // Message-list rows: sender, subject and snippet together, scored before the thread is opened
    // (the score never needs the language module).
    'tone:prescore': ({ items }) =>
      items.map(({ id, text }) => {
        const report = analyze(text, {}, null);
        return { id, status: report.status, score: report.score, level: report.level ?? null };
      }),
    'draft:first-response': async ({ text, subject, sentAt, senderName, senderAddress, variant }) => {
      const settings = await deps.settings();
      const now = deps.now();
      const draft = firstResponseDraft(
        {
          settings,
          report: analyze(text, { subject, sentAt }, await nlpOrNull(deps.nlp)),
          clientFirstName: firstNameFrom(senderName, senderAddress),
          planBy: planByDate(now, settings),
          now,
        },
        variant,
      );
      return { subject: draft.subject, body: draft.body };
    },
    'coach:check': async ({ draft, clientText, issues }) =>
      coachReply(draft, {
        report: clientText ? analyze(clientText, {}, await nlpOrNull(deps.nlp)) : null,
        issues: issues?.map((statement) => ({ statement })),
      }),
    'case:for-sender': async ({ address }) => {
      const open = await openCaseForAddress(db, address);
      return open ? summarise(deps, open) : null;
    },
    'case:open-from-message': async (input) => {
      const now = deps.now();
      const result = await openCaseFromMessage(db, { ...input, report: { level: input.level, score: input.score }, now });
      if (result.created) {
        const settings = await deps.settings();
        const due = nextUpdateDue(result.case, settings.working);
        if (due) await db.cases.update(result.case.id, { nextUpdateDue: due.toISOString() });
      }
      return { caseId: result.case.id, created: result.created, issuesAdded: result.addedIssues.length };
    },
    'case:log-update': async ({ updateId, caseId, summary, channel }) => {
      const settings = await deps.settings();
      const c = await db.cases.get(caseId);
      const now = deps.now();
      const next = c ? nextUpdateDue({ ...c, lastUpdateAt: now.toISOString() }, settings.working) : null;
      await logUpdate(db, caseId, { id: updateId, at: now, channel, summary, source: 'manual', nextUpdateDue: next }, now);
      return { ok: true as const };
    },
    'case:escalate': async ({ caseId }) => {
      const settings = await deps.settings();
      const detail = await getCaseDetail(db, caseId);
      const contact = detail.case.escalationContact || settings.escalationContact;
      await escalate(db, caseId, contact, deps.now());
      const draft = escalationDraft({ ...detail, settings, now: deps.now() }, 'full');
      return { to: contact, subject: draft.subject, body: draft.body };
    },
    // The case-based drafts: status update, plan proposal, follow-up in writing after a call.
    'case:draft': async ({ caseId, kind }) => {
      const settings = await deps.settings();
      const detail = await getCaseDetail(db, caseId);
      const now = deps.now();
      const people = {
        ...detail,
        settings,
        clientFirstName: caseContactFirstName(detail.client),
      };
      // The update after this one: the cadence counted from now, as if this update went out.
      const nextUpdateAt = nextUpdateDue({ ...detail.case, lastUpdateAt: now.toISOString() }, settings.working);
      const draft =
        kind === 'plan-proposal'
          ? planProposalDraft({ ...people, nextUpdateAt }, 'full')
          : kind === 'call-follow-up'
            ? callFollowUpDraft({ ...people, planBy: detail.case.planPromisedBy ? new Date(detail.case.planPromisedBy) : planByDate(now, settings) }, 'full')
            : statusUpdateDraft({ ...people, now, dueAt: nextUpdateDue(detail.case, settings.working), nextUpdateAt }, 'full');
      return { subject: draft.subject, body: draft.body };
    },
    'thread:record': async (t) => {
      const row = await recordAnalysedThread(db, {
        id: threadKey(t.provider, t.threadId),
        provider: t.provider,
        threadId: t.threadId,
        newestMessageId: t.newestMessageId,
        fromAddress: t.fromAddress,
        subject: t.subject,
        level: t.level,
        score: t.score,
        analysedAt: deps.now().toISOString(),
        messageAt: t.messageAt,
        dismissed: false,
      });
      return { ok: true as const, dismissed: row.dismissed };
    },
    'thread:dismiss': async ({ provider, threadId }) => {
      await dismissThread(db, threadKey(provider, threadId), true, deps.now());
      return { ok: true as const };
    },
    'thread:undismiss': async ({ provider, threadId }) => {
      await dismissThread(db, threadKey(provider, threadId), false, deps.now());
      return { ok: true as const };
    },
    'threads:flags': async ({ provider, threadIds }) => {
      const settings = await deps.settings();
      const rows = await threadsByIds(db, threadIds.map((id) => threadKey(provider, id)));
      const caseIds = [...new Set(rows.map((r) => r.caseId).filter((id): id is string => Boolean(id)))];
      const cases = new Map((await db.cases.bulkGet(caseIds)).filter(Boolean).map((c) => [c!.id, c!]));
      return rows.map((r) => {
        const c = r.caseId ? cases.get(r.caseId) : undefined;
        const open = c && c.outcome === 'open' && !c.deletedAt ? c : undefined;
        return {
          threadId: r.threadId,
          level: r.level,
          score: r.score,
          dismissed: r.dismissed,
          caseId: open?.id ?? null,
          overdue: open ? dueState(open, settings.working, deps.now()).status === 'overdue' : false,
          preliminary: false,
        };
      });
    },
    // The user's own reply seen in a thread: it is the update the clock waits for, and any promise
    // in it ("I'll get back to you by Thursday") sets the next one when it is earlier than the cadence.
    'reply:seen': async ({ provider, threadId, sentAt, text }) => {
      const at = new Date(sentAt);
      if (Number.isNaN(at.getTime())) return { logged: false };
      const key = threadKey(provider, threadId);
      const thread = await db.threads.get(key);
      if (thread && (!thread.repliedAt || thread.repliedAt < at.toISOString())) {
        await db.threads.update(key, { repliedAt: at.toISOString() });
      }
      const linked = thread?.caseId ?? (await db.messages.where('[provider+threadId]').equals([provider, threadId]).first())?.caseId;
      const c = linked ? await db.cases.get(linked) : undefined;
      // Replies from before the case was opened answered earlier messages: they are not updates on it.
      const sent = at.toISOString();
      if (!c || c.outcome !== 'open' || c.deletedAt || sent < c.openedAt || (c.lastUpdateAt && c.lastUpdateAt >= sent)) {
        return { logged: false };
      }
      const settings = await deps.settings();
      const nlp = await nlpOrNull(deps.nlp);
      const promisedUpdate = nlp ? promisedUpdateFrom(text, at, settings.working, nlp) : null;
      const next = nextUpdateDue({ ...c, lastUpdateAt: at.toISOString(), promisedUpdate }, settings.working);
      await logUpdate(db, c.id, { at, channel: 'email', summary: replySummary(text), source: 'seen-reply', nextUpdateDue: next }, deps.now());
      await updateCase(db, c.id, { promisedUpdate }, deps.now());
      return { logged: true };
    },
    'dashboard:open': async ({ caseId, draft }) => {
      const params = new URLSearchParams();
      if (caseId) params.set('case', caseId);
      if (draft) params.set('draft', draft);
      await deps.openDashboard(params.toString());
      return { ok: true as const };
    },
  };
}
