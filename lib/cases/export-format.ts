/** The export file: its shape, and turning an untrusted file into data we can merge (or a clear refusal). */
import { DATA_TABLES, type DataTable } from './db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import type {
  AnalysedThread,
  CaseIssue,
  CaseUpdate,
  Client,
  ClientCommitment,
  LinkedMessage,
  PlanAction,
  RescueCase,
} from './types';
import { CASE_STEPS } from './types';
import {
  arrayOf,
  bool,
  finite,
  isoDate,
  isPlainObject,
  nonEmpty,
  nullable,
  object,
  oneOf,
  optional,
  problem,
  text,
  type Problems,
  type Shape,
} from './validate';

export const EXPORT_FORMAT = 'client-rescue';

/** Cases are exported without their derived search words. */
export type ExportedCase = Omit<RescueCase, 'words'>;

export interface ExportData {
  clients: Client[];
  cases: ExportedCase[];
  issues: CaseIssue[];
  commitments: ClientCommitment[];
  actions: PlanAction[];
  updates: CaseUpdate[];
  messages: LinkedMessage[];
  threads: AnalysedThread[];
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  /** The schema version that wrote it. */
  version: number;
  exportedAt: string;
  data: ExportData;
}

/** A file that passed validation, upgraded to the current version. */
export interface ParsedImport {
  fromVersion: number;
  exportedAt: string;
  data: ExportData;
}

export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 5);
    const more = problems.length > shown.length ? ` …and more (${problems.length} problems listed)` : '';
    // A colon, not a new sentence: the problems start with a field path ("data.cases[1].step: …").
    super(`This file can't be imported, so nothing was changed: ${shown.join('; ')}${more}`);
    this.name = 'ImportError';
  }
}

const level = oneOf(['calm', 'concerned', 'upset', 'escalation'] as const);
const provider = oneOf(['gmail', 'outlook', 'manual'] as const);
const optDate = optional(nullable(isoDate));

const stamped = { id: nonEmpty, createdAt: isoDate, updatedAt: isoDate, deletedAt: optDate };

const SHAPES: { [T in DataTable]: Shape<ExportData[T][number]> } = {
  clients: {
    ...stamped,
    key: nonEmpty,
    name: text,
    domain: text,
    addresses: arrayOf(text),
    mainContact: optional(nullable(object<{ name: string; email: string }>({ name: text, email: text }))),
  },
  cases: {
    ...stamped,
    clientId: nonEmpty,
    title: text,
    step: oneOf(CASE_STEPS),
    outcome: oneOf(['open', 'resolved', 'lost'] as const),
    severity: level,
    severityScore: optional(nullable(finite)),
    openedAt: isoDate,
    closedAt: optDate,
    cadenceDays: optional(nullable(finite)),
    nextUpdateDue: optDate,
    lastUpdateAt: optDate,
    waitingOnClient: bool,
    escalationContact: optional(nullable(text)),
    escalatedAt: optDate,
    agreedAt: optDate,
    planAgreedAt: optDate,
    planPromisedBy: optDate,
    snoozedUntil: optDate,
    promisedUpdate: optional(
      nullable(object<{ dueAt: string; madeAt: string; phrase: string }>({ dueAt: isoDate, madeAt: isoDate, phrase: text })),
    ),
    waitingEndedAt: optDate,
  },
  issues: {
    ...stamped,
    caseId: nonEmpty,
    statement: text,
    evidence: text,
    messageLinkId: optional(nullable(nonEmpty)),
    kind: oneOf(['specific', 'generality'] as const),
    agreed: bool,
    status: oneOf(['open', 'in-progress', 'resolved'] as const),
    resolvedWhen: text,
    order: finite,
  },
  commitments: {
    ...stamped,
    caseId: nonEmpty,
    text,
    status: oneOf(['proposed', 'agreed', 'fulfilled', 'declined'] as const),
  },
  actions: {
    ...stamped,
    caseId: nonEmpty,
    issueId: nullable(nonEmpty),
    action: text,
    owner: oneOf(['us', 'client'] as const),
    due: nullable(isoDate),
    quickWin: bool,
    doneWhen: optional(nullable(text)),
    order: finite,
    status: oneOf(['todo', 'doing', 'done'] as const),
    doneAt: optDate,
  },
  updates: {
    ...stamped,
    caseId: nonEmpty,
    at: isoDate,
    channel: oneOf(['email', 'call', 'meeting', 'chat', 'other'] as const),
    summary: text,
    source: oneOf(['manual', 'seen-reply'] as const),
  },
  messages: {
    ...stamped,
    caseId: nonEmpty,
    provider,
    threadId: text,
    messageId: text,
    subject: text,
    sentAt: nullable(isoDate),
    level: nullable(level),
    score: nullable(finite),
    fromAddress: text,
  },
  threads: {
    id: nonEmpty,
    provider,
    threadId: text,
    newestMessageId: text,
    fromAddress: text,
    subject: text,
    level: nullable(level),
    score: nullable(finite),
    analysedAt: isoDate,
    messageAt: nullable(isoDate),
    repliedAt: optDate,
    dismissed: bool,
    caseId: optional(nullable(nonEmpty)),
    updatedAt: optional(isoDate),
  },
};

const DATA_SHAPE = object<ExportData>(
  Object.fromEntries(DATA_TABLES.map((t) => [t, arrayOf(object(SHAPES[t] as Shape<unknown>))])) as Shape<ExportData>,
);

/**
 * Validates a whole export file (a parsed object or its JSON text), upgrades it from the version
 * that wrote it, and checks that it hangs together. Throws ImportError listing the first problems;
 * nothing is partially accepted.
 */
export function parseImport(json: unknown): ParsedImport {
  const problems: Problems = { list: [], max: 50 };
  let file = json;
  if (typeof json === 'string') {
    try {
      file = JSON.parse(json);
    } catch {
      throw new ImportError(['the file is not JSON']);
    }
  }
  if (!isPlainObject(file) || file.format !== EXPORT_FORMAT) {
    throw new ImportError(['this is not a Client Rescue export (no "format": "client-rescue")']);
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError([`version: expected a whole number from 1, got ${JSON.stringify(version)}`]);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new ImportError([
      `the file was made by a newer Client Rescue (data version ${version}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Update the extension and try again`,
    ]);
  }
  const exportedAt = isoDate(file.exportedAt, 'exportedAt', problems);
  if (!isPlainObject(file.data)) throw new ImportError(['data: missing or not an object']);

  let raw: Record<string, unknown> = file.data;
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > version && step.upgradeExport) raw = step.upgradeExport(raw);
  }
  const data = DATA_SHAPE(raw, 'data', problems);
  if (!problems.list.length) checkIntegrity(data, problems);
  if (problems.list.length) throw new ImportError(problems.list);
  return { fromVersion: version, exportedAt, data };
}

/** Unique ids and keys, and every reference pointing at a row in the same file (exports are whole). */
function checkIntegrity(data: ExportData, p: Problems): void {
  const ids = {} as Record<DataTable, Set<string>>;
  for (const table of DATA_TABLES) {
    ids[table] = new Set();
    data[table].forEach((row, i) => {
      if (ids[table].has(row.id)) problem(p, `data.${table}[${i}].id`, `duplicate id ${JSON.stringify(row.id)}`);
      ids[table].add(row.id);
    });
  }
  const keys = new Set<string>();
  data.clients.forEach((c, i) => {
    if (keys.has(c.key)) problem(p, `data.clients[${i}].key`, `two clients share the key ${JSON.stringify(c.key)}`);
    keys.add(c.key);
  });
  const ref = (table: DataTable, i: number, field: string, id: string | null | undefined, target: DataTable) => {
    if (id && !ids[target].has(id)) problem(p, `data.${table}[${i}].${field}`, `points at a missing ${target} row ${JSON.stringify(id)}`);
  };
  data.cases.forEach((c, i) => ref('cases', i, 'clientId', c.clientId, 'clients'));
  for (const table of ['issues', 'commitments', 'actions', 'updates', 'messages'] as const) {
    data[table].forEach((row, i) => ref(table, i, 'caseId', row.caseId, 'cases'));
  }
  data.issues.forEach((row, i) => ref('issues', i, 'messageLinkId', row.messageLinkId, 'messages'));
  data.actions.forEach((row, i) => ref('actions', i, 'issueId', row.issueId, 'issues'));
  data.threads.forEach((row, i) => {
    ref('threads', i, 'caseId', row.caseId, 'cases');
    if (row.id !== `${row.provider}:${row.threadId}`) problem(p, `data.threads[${i}].id`, 'must be "<provider>:<threadId>"');
  });
}
