/** Opening cases: from a flagged message in one click, or by hand after a phone call. */
import type { ToneLevel, ToneReport } from '../tone/types';
import { insertIssues, type IssueInput } from './case-edits';
import { refreshCaseWords } from './case-search';
import { clientKeyFor, clientNameFor, domainOf, nameFromDomain, normaliseAddress } from './client-key';
import type { RescueDb } from './db';
import { iso, isLive, isoOrNull, readTx, stamp, writeTx } from './store';
import { linkThread } from './threads';
import type { CaseIssue, Client, LinkedMessage, ProviderId, RescueCase } from './types';

const LEVEL_RANK: Record<ToneLevel, number> = { calm: 0, concerned: 1, upset: 2, escalation: 3 };

export function worseLevel(a: ToneLevel, b: ToneLevel): ToneLevel {
  return LEVEL_RANK[b] > LEVEL_RANK[a] ? b : a;
}

export interface OpenFromMessageInput {
  sender: { name: string; address: string };
  provider: ProviderId;
  threadId: string;
  messageId: string;
  subject: string;
  sentAt: Date | string | null;
  /**
   * The analyser's report; a full ToneReport fits. No level (and a null score) means the analyser did
   * not score the message: the linked message and thread keep level and score null, so the case's tone
   * chart leaves it out, and the case's severity is not raised by it.
   */
  report: Pick<ToneReport, 'score'> & { level?: ToneLevel | null };
  /** The issues as the user edited them before saving. */
  issues: Pick<CaseIssue, 'statement' | 'evidence' | 'kind'>[];
  now: Date | string;
  /** First update due, when the caller's cadence rules set one for a new case. */
  nextUpdateDue?: Date | string | null;
}

export interface OpenCaseResult {
  case: RescueCase;
  /** False when the message was added to the client's already open case. */
  created: boolean;
  client: Client;
  message: LinkedMessage;
  /**
   * Issues this call added. Skipped: ones the case already has (same statement), and ones taken from
   * this message before (same evidence), even if since reworded or removed.
   */
  addedIssues: CaseIssue[];
}

/**
 * Creates the sender's client if needed, then a case for it, or adds to the client's open case.
 * The message is linked (once), its issues point back at it, and its thread is marked as having a case.
 */
export async function openCaseFromMessage(db: RescueDb, input: OpenFromMessageInput): Promise<OpenCaseResult> {
  const now = iso(input.now);
  const level = input.report.level ?? null;
  const tables = [db.clients, db.cases, db.issues, db.messages, db.threads];
  return writeTx(db, tables, async () => {
    const client = await ensureClient(db, senderClient(input.sender), now);
    const open = await findOpenCase(db, client.id);
    let caseId: string;
    if (open) {
      caseId = open.id;
      await db.cases
        .where('id')
        .equals(caseId)
        .modify((c) => {
          if (level) c.severity = worseLevel(c.severity, level);
          if (input.report.score !== null && (c.severityScore ?? -1) < input.report.score) c.severityScore = input.report.score;
          c.updatedAt = now;
        });
    } else {
      // Unscored, a new case starts at the severity a case opened by hand defaults to (severityScore stays
      // null: no score behind it); a calm message's case stays calm.
      const row = newCase(client.id, input.subject.trim() || client.name, level ?? 'concerned', now);
      row.severityScore = input.report.score;
      row.nextUpdateDue = isoOrNull(input.nextUpdateDue);
      await db.cases.add(row);
      caseId = row.id;
    }

    const message = await linkMessage(db, caseId, input, now);
    const existing = await db.issues.where('caseId').equals(caseId).toArray();
    const have = new Set(existing.filter(isLive).map((i) => sameText(i.statement)));
    // The client's words taken from this message before: the user has dealt with that issue since
    // (quantified and reworded it, or removed it), so adding the message again must not bring it back.
    const taken = new Set(existing.filter((i) => i.messageLinkId === message.id && i.evidence.trim()).map((i) => sameText(i.evidence)));
    const fresh = input.issues.filter((i) => {
      const k = sameText(i.statement);
      if (!k || have.has(k) || taken.has(sameText(i.evidence))) return false;
      have.add(k);
      return true;
    });
    const addedIssues = await insertIssues(
      db,
      caseId,
      fresh.map((i) => ({ ...i, messageLinkId: message.id })),
      now,
    );
    await linkThread(
      db,
      {
        provider: input.provider,
        threadId: input.threadId,
        newestMessageId: input.messageId,
        fromAddress: normaliseAddress(input.sender.address),
        subject: input.subject,
        level: input.report.level ?? null,
        score: input.report.score,
        messageAt: isoOrNull(input.sentAt),
      },
      caseId,
      now,
    );
    await refreshCaseWords(db, [caseId]);
    const saved = (await db.cases.get(caseId)) as RescueCase;
    return { case: saved, created: !open, client, message, addedIssues };
  });
}

export interface ManualCaseInput {
  /** Who: an address (keyed like a sender), else a domain, else just a name. */
  client: { name?: string; address?: string; domain?: string };
  title: string;
  severity?: ToneLevel;
  issues?: IssueInput[];
  now: Date | string;
  nextUpdateDue?: Date | string | null;
}

/** A case opened by hand. Always a new case: the user asked for one explicitly. */
export async function createManualCase(
  db: RescueDb,
  input: ManualCaseInput,
): Promise<{ case: RescueCase; client: Client; issues: CaseIssue[] }> {
  const now = iso(input.now);
  return writeTx(db, [db.clients, db.cases, db.issues, db.messages], async () => {
    const client = await ensureClient(db, manualClient(input.client), now);
    const row = newCase(client.id, input.title.trim() || client.name, input.severity ?? 'concerned', now);
    row.nextUpdateDue = isoOrNull(input.nextUpdateDue);
    await db.cases.add(row);
    const issues = await insertIssues(db, row.id, input.issues ?? [], now);
    await refreshCaseWords(db, [row.id]);
    return { case: (await db.cases.get(row.id)) as RescueCase, client, issues };
  });
}

/** The sender's client's open case, for the sidebar to show instead of "Open rescue case". */
export async function openCaseForClient(db: RescueDb, address: string): Promise<RescueCase | null> {
  return readTx(db, [db.clients, db.cases], async () => {
    const client = await db.clients.where('key').equals(clientKeyFor(address)).first();
    if (!client || !isLive(client)) return null;
    return (await findOpenCase(db, client.id)) ?? null;
  });
}


/** The client's open case (the most recently opened, should there be several), if any. */
export async function findOpenCase(db: RescueDb, clientId: string): Promise<RescueCase | undefined> {
  const open = await db.cases
    .where('clientId')
    .equals(clientId)
    .filter((c) => c.outcome === 'open' && isLive(c))
    .toArray();
  return open.sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0];
}

interface ClientSeed {
  key: string;
  name: string;
  domain: string;
  address: string | null;
  contact: { name: string; email: string } | null;
}

function senderClient(sender: { name: string; address: string }): ClientSeed {
  const address = normaliseAddress(sender.address);
  return {
    key: clientKeyFor(address),
    name: clientNameFor(sender),
    domain: domainOf(address),
    address,
    contact: { name: sender.name.trim(), email: address },
  };
}

function manualClient(who: ManualCaseInput['client']): ClientSeed {
  if (who.address) {
    const seed = senderClient({ name: who.name ?? '', address: who.address });
    return who.name?.trim() ? { ...seed, name: who.name.trim() } : seed;
  }
  const domain = who.domain?.trim().toLowerCase() ?? '';
  const name = who.name?.trim() || nameFromDomain(domain);
  if (!domain && !name) throw new TypeError('A manual case needs a client name, address or domain');
  // Without a domain the name is the only identity there is; the prefix keeps it apart from domains.
  return { key: domain || `name:${name.toLowerCase()}`, name, domain, address: null, contact: null };
}

/** Finds the client by key (bringing it back if it was deleted) and remembers a new address. */
async function ensureClient(db: RescueDb, seed: ClientSeed, now: string): Promise<Client> {
  const existing = await db.clients.where('key').equals(seed.key).first();
  if (!existing) {
    const row: Client = {
      ...stamp(now),
      key: seed.key,
      name: seed.name,
      domain: seed.domain,
      addresses: seed.address ? [seed.address] : [],
      mainContact: seed.contact,
    };
    await db.clients.add(row);
    return row;
  }
  const needsAddress = !!seed.address && !existing.addresses.includes(seed.address);
  if (!needsAddress && isLive(existing) && (existing.mainContact || !seed.contact)) return existing;
  await db.clients
    .where('id')
    .equals(existing.id)
    .modify((c) => {
      if (seed.address && !c.addresses.includes(seed.address)) c.addresses.push(seed.address);
      if (!c.mainContact && seed.contact) c.mainContact = seed.contact;
      c.deletedAt = null;
      c.updatedAt = now;
    });
  return (await db.clients.get(existing.id)) as Client;
}

function newCase(clientId: string, title: string, severity: ToneLevel, now: string): RescueCase {
  return {
    ...stamp(now),
    clientId,
    title,
    step: 'listen',
    outcome: 'open',
    severity,
    severityScore: null,
    openedAt: now,
    closedAt: null,
    cadenceDays: null,
    nextUpdateDue: null,
    lastUpdateAt: null,
    waitingOnClient: false,
    escalationContact: null,
    escalatedAt: null,
    agreedAt: null,
    planAgreedAt: null,
    planPromisedBy: null,
    snoozedUntil: null,
    words: [],
  };
}

/** Links the message to the case once; a second click on the same message reuses the link. */
async function linkMessage(db: RescueDb, caseId: string, input: OpenFromMessageInput, now: string): Promise<LinkedMessage> {
  const linked = await db.messages
    .where('[provider+threadId]')
    .equals([input.provider, input.threadId])
    .filter((m) => m.caseId === caseId && m.messageId === input.messageId && isLive(m))
    .first();
  if (linked) return linked;
  const row: LinkedMessage = {
    ...stamp(now),
    caseId,
    provider: input.provider,
    threadId: input.threadId,
    messageId: input.messageId,
    subject: input.subject,
    sentAt: isoOrNull(input.sentAt),
    level: input.report.level ?? null,
    score: input.report.score,
    fromAddress: normaliseAddress(input.sender.address),
  };
  await db.messages.add(row);
  return row;
}

/** Two statements are the same issue when they differ only in case and spacing. */
function sameText(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}
