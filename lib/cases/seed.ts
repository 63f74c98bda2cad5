/**
 * Deterministic demo and benchmark data: realistic clients, complaints and plans from a seeded
 * pseudo-random generator, so the same options always give the same rows (ids included).
 */
import { caseWords } from './case-search';
import type { RescueDb } from './db';
import { iso } from './store';
import type {
  AnalysedThread,
  CaseIssue,
  CaseStep,
  CaseUpdate,
  Client,
  ClientCommitment,
  LinkedMessage,
  PlanAction,
  RescueCase,
} from './types';
import { CASE_STEPS } from './types';
import type { ToneLevel } from '../tone/types';

export interface SeedOptions {
  cases: number;
  issuesPerCase: number;
  now: Date | string;
  /** Different seeds give different, equally deterministic data. */
  seed?: number;
}

export interface SeedCounts {
  clients: number;
  cases: number;
  issues: number;
  actions: number;
  updates: number;
  messages: number;
  threads: number;
  commitments: number;
}

const DAY = 86_400_000;
/** Cases per write transaction: large enough to be quick, small enough not to hold one huge transaction. */
const CHUNK = 250;

const PREFIXES = ['Acme', 'Northwind', 'Blue Sky', 'Granite', 'Harbor', 'Juniper', 'Keystone', 'Lumen', 'Maple', 'Nimbus', 'Orbit', 'Pioneer', 'Quartz', 'Redwood', 'Summit', 'Tidal', 'Union', 'Vertex', 'Willow', 'Zenith'];
const SUFFIXES = ['Logistics', 'Dental', 'Foods', 'Legal', 'Labs', 'Retail', 'Builders', 'Health', 'Media', 'Energy', 'Travel', 'Finance'];
const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com'];
const FIRST = ['Dana', 'Sam', 'Priya', 'Tom', 'Aisha', 'Lars', 'Mei', 'Carlos', 'Nora', 'Olu', 'Jules', 'Hana'];
const LAST = ['Reyes', 'Lee', 'Patel', 'Novak', 'Okafor', 'Berg', 'Chen', 'Silva', 'Walsh', 'Adeyemi', 'Moreau', 'Sato'];

const ISSUES: [statement: string, evidence: string, kind: CaseIssue['kind']][] = [
  ['Invoice {n} charged twice', 'You charged us twice for invoice {n} and nobody has refunded it.', 'specific'],
  ['Delivery {d} days late', 'The order arrived {d} days after the date you promised.', 'specific'],
  ['Weekly report missing since {m}', 'We have not had the weekly report since {m}.', 'specific'],
  ['Support tickets unanswered for {d} days', 'Ticket {n} has been open for {d} days without a reply.', 'specific'],
  ['Dashboard export fails', 'Every time we export the dashboard it times out.', 'specific'],
  ['Wrong items shipped on order {n}', 'Order {n} came with the wrong items, again.', 'specific'],
  ['Onboarding call cancelled twice', 'You cancelled our onboarding call twice at the last minute.', 'specific'],
  ['Price increase without notice', 'Our renewal went up {d}% and nobody told us.', 'specific'],
  ['Data sync drops records', 'The nightly sync dropped {n} records this week.', 'specific'],
  ['Account manager unreachable', 'Our account manager has not answered in {d} days.', 'specific'],
  ['You never listen', 'You never listen to anything we say.', 'generality'],
  ['Quality has gone downhill', 'The quality of your work has gone downhill for months.', 'generality'],
  ['Nothing ever works', 'Honestly nothing you ship ever works the first time.', 'generality'],
];
const TITLES = ['{i} and more', 'Escalation: {i}', 'Unhappy about {i}', 'Re: {i}', 'Complaint: {i}'];
const ACTIONS = ['Refund the duplicate charge', 'Call to walk through the fix', 'Ship replacement items', 'Send the missing reports', 'Assign a named contact', 'Patch the export job', 'Credit one month', 'Review the sync logs daily'];
const COMMITMENTS = ['Pay outstanding invoice {n}', 'Renew for another year', 'Give a referral', 'Keep the account open'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];
const LEVELS: ToneLevel[] = ['concerned', 'upset', 'upset', 'escalation'];

/** mulberry32: tiny, fast, good enough for fixtures. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const fill = (template: string) =>
    template
      .replace(/\{n\}/g, () => String(1000 + int(9000)))
      .replace(/\{d\}/g, () => String(2 + int(20)))
      .replace(/\{m\}/g, () => pick(MONTHS));
  return { next, int, pick, fill };
}

const pad = (n: number) => String(n).padStart(6, '0');

export async function seedCases(db: RescueDb, options: SeedOptions): Promise<SeedCounts> {
  const rnd = generator(options.seed ?? 42);
  const now = new Date(iso(options.now)).getTime();
  const at = (daysAgo: number) => iso(now - daysAgo * DAY);
  const counts: SeedCounts = { clients: 0, cases: 0, issues: 0, actions: 0, updates: 0, messages: 0, threads: 0, commitments: 0 };

  const clientCount = Math.max(1, Math.ceil(options.cases * 0.6));
  const clients: Client[] = [];
  for (let i = 0; i < clientCount; i++) {
    const first = rnd.pick(FIRST);
    const last = rnd.pick(LAST);
    const freeMail = rnd.next() < 0.15;
    const company = `${rnd.pick(PREFIXES)} ${rnd.pick(SUFFIXES)}`;
    const domain = freeMail ? rnd.pick(FREE_MAIL) : `${company.toLowerCase().replace(/\s+/g, '-')}-${i}.example`;
    const address = `${first}.${last}${freeMail ? i : ''}@${domain}`.toLowerCase();
    const created = at(120 + rnd.int(200));
    clients.push({
      id: `client-${pad(i)}`,
      createdAt: created,
      updatedAt: created,
      deletedAt: null,
      key: freeMail ? address : domain,
      name: freeMail ? `${first} ${last}` : `${company} ${i}`,
      domain,
      addresses: [address],
      mainContact: { name: `${first} ${last}`, email: address },
    });
  }
  await db.clients.bulkAdd(clients);
  counts.clients = clients.length;

  for (let start = 0; start < options.cases; start += CHUNK) {
    const rows = {
      cases: [] as RescueCase[], issues: [] as CaseIssue[], actions: [] as PlanAction[], updates: [] as CaseUpdate[],
      messages: [] as LinkedMessage[], threads: [] as AnalysedThread[], commitments: [] as ClientCommitment[],
    };
    for (let n = start; n < Math.min(options.cases, start + CHUNK); n++) {
      const client = clients[n % clientCount];
      const id = `case-${pad(n)}`;
      const openedDaysAgo = 1 + rnd.int(90);
      const opened = at(openedDaysAgo);
      const updated = at(rnd.int(openedDaysAgo));
      const roll = rnd.next();
      const outcome = roll < 0.7 ? 'open' : roll < 0.9 ? 'resolved' : 'lost';
      const step: CaseStep = outcome === 'open' ? rnd.pick(CASE_STEPS) : 'monitor';
      const severity = rnd.pick(LEVELS);
      const stamp = { createdAt: opened, updatedAt: updated, deletedAt: null };

      const threadId = `thread-${pad(n)}`;
      const provider = rnd.next() < 0.6 ? 'gmail' : 'outlook';
      const issues: CaseIssue[] = [];
      for (let k = 0; k < options.issuesPerCase; k++) {
        const [statement, evidence, kind] = rnd.pick(ISSUES);
        issues.push({
          id: `${id}-issue-${k}`, ...stamp, caseId: id, statement: rnd.fill(statement), evidence: rnd.fill(evidence),
          messageLinkId: `${id}-msg-0`, kind, agreed: step !== 'listen' && step !== 'quantify', resolvedWhen: '',
          status: outcome === 'resolved' ? 'resolved' : rnd.pick(['open', 'open', 'in-progress'] as const), order: k,
        });
      }
      const subject = rnd.fill(rnd.pick(TITLES).replace('{i}', issues[0]?.statement ?? 'our account'));
      const message: LinkedMessage = {
        id: `${id}-msg-0`, ...stamp, caseId: id, provider, threadId, messageId: `${threadId}-m0`, subject,
        sentAt: opened, level: severity, score: 45 + rnd.int(55), fromAddress: client.addresses[0],
      };
      const rescueCase: RescueCase = {
        id, ...stamp, clientId: client.id, title: subject, step, outcome, severity, severityScore: message.score,
        openedAt: opened, closedAt: outcome === 'open' ? null : updated, cadenceDays: null,
        // About a quarter of open cases are overdue for an update.
        nextUpdateDue: outcome === 'open' ? iso(now + (rnd.int(8) - 2) * DAY + rnd.int(DAY)) : null,
        lastUpdateAt: updated, waitingOnClient: rnd.next() < 0.1, escalationContact: null, escalatedAt: null,
        agreedAt: issues[0]?.agreed ? opened : null, planAgreedAt: null, planPromisedBy: null, snoozedUntil: null,
      };
      rescueCase.words = caseWords(rescueCase, client, issues, [message]);

      rows.cases.push(rescueCase);
      rows.issues.push(...issues);
      rows.messages.push(message);
      rows.threads.push({
        id: `${provider}:${threadId}`, provider, threadId, newestMessageId: message.messageId, fromAddress: message.fromAddress,
        subject, level: severity, score: message.score, analysedAt: opened, messageAt: opened, dismissed: false, caseId: id, updatedAt: opened,
      });
      issues.slice(0, Math.ceil(issues.length / 2)).forEach((issue, k) =>
        rows.actions.push({
          id: `${id}-action-${k}`, ...stamp, caseId: id, issueId: issue.id, action: rnd.pick(ACTIONS), owner: rnd.next() < 0.8 ? 'us' : 'client',
          due: at(-rnd.int(14)), quickWin: k === 0, order: k, status: rnd.pick(['todo', 'doing', 'done'] as const), doneAt: null,
        }),
      );
      for (let u = rnd.int(4); u > 0; u--) {
        rows.updates.push({
          id: `${id}-update-${u}`, ...stamp, caseId: id, at: at(rnd.int(openedDaysAgo)), channel: rnd.pick(['email', 'call', 'meeting'] as const),
          summary: `Update ${u}: ${rnd.pick(ACTIONS).toLowerCase()} is in progress`, source: 'manual',
        });
      }
      if (step === 'agree' || step === 'execute' || step === 'monitor') {
        rows.commitments.push({ id: `${id}-commitment`, ...stamp, caseId: id, text: rnd.fill(rnd.pick(COMMITMENTS)), status: 'agreed' });
      }
    }
    await db.transaction('rw', [db.cases, db.issues, db.actions, db.updates, db.messages, db.threads, db.commitments], async () => {
      await Promise.all([
        db.cases.bulkAdd(rows.cases), db.issues.bulkAdd(rows.issues), db.actions.bulkAdd(rows.actions),
        db.updates.bulkAdd(rows.updates), db.messages.bulkAdd(rows.messages), db.threads.bulkAdd(rows.threads),
        db.commitments.bulkAdd(rows.commitments),
      ]);
    });
    for (const key of Object.keys(rows) as (keyof typeof rows)[]) counts[key] += rows[key].length;
  }
  return counts;
}
