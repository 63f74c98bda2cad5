/**
 * Distinct problems, at most one per sentence, each phrased as a short statement ("third launch
 * date missed", "invoice 4411 was charged twice"). A sentence is split into clauses; a clause is a
 * problem when it carries failure evidence (a problem cue, a missed date, a negated service verb,
 * "no explanation", "costs us money"). Pure emotion or verdict ("Frankly, this is unacceptable",
 * "I'm tired of this"), asks ("I want a call") and threats or conditions ("If we don't have that,
 * we will terminate…") are not problems and are left out. The statement is the problem clause with
 * lead-ins ("frankly,", "and now", "this is the"), emotional frames ("I'm disappointed that") and a
 * leading "we"/"I" removed, cut at a clause boundary to ≤ STATEMENT_CHARS. Sweeping claims with
 * nothing concrete in them are marked `generality` so the reply can ask for an example.
 *
 * Rules only, no tagging: the language module is used for one thing, turning "tired of chasing"
 * into "having to chase", on a single word; without it the statement keeps "chasing…".
 */
import type { Nlp } from '../nlp/types';
import { MAX_ISSUES } from './limits';
import type { CueHit } from './cues';
import type { CueKind } from './cue-rules';
import type { Span } from './text-units';
import type { ToneIssue } from './types';

const A = "['’]";

/** Cue kinds that say something went wrong (as opposed to a threat, a demand or a tone). */
const HARD_KINDS: ReadonlySet<CueKind> = new Set(['problem', 'service-failure', 'elapsed', 'broken-promise']);
/** Complaint evidence that names a problem less directly ("third time", "you never…"). */
const SOFT_KINDS: ReadonlySet<CueKind> = new Set(['repeat-failure', 'blame']);
/** Feelings and verdicts: a complaint, but not a problem one could fix or restate. */
const EMOTION_KINDS: ReadonlySet<CueKind> = new Set([
  'frustration', 'disappointment', 'sarcasm', 'hostility', 'profanity', 'polite-anger', 'exasperated-question', 'why-question',
]);
/** A message needs one of these before problem wording without a cue ("with no explanation") counts. */
const COMPLAINT_KINDS: ReadonlySet<CueKind> = new Set([...HARD_KINDS, ...SOFT_KINDS, ...EMOTION_KINDS]);
const THREAT_KINDS: ReadonlySet<CueKind> = new Set(['churn-threat', 'legal-threat', 'escalation-request']);

/**
 * Problem wording the scoring cues leave out (it says little about tone on its own, so it is used
 * here only, never scored): missing explanations, missed or slipped dates, costs, negated service
 * verbs, "nobody has given us…", "still shows…".
 */
const PROBLEM_EXTRA = new RegExp(
  [
    String.raw`\b(?:no|without\s+(?:any\s+|an?\s+)?)\s*(?:(?:real|proper|clear|straight|written|single)\s+)?(?:explanation|reason|notice|warning|apology|plan|timeline|eta|answer|owner|documentation|receipt|confirmation|updates?|response|reply|follow[- ]?up|heads[- ]up)\b`,
    String.raw`\b(?:missed|slipped|postponed|pushed\s+back|rescheduled|moved\s+again|went\s+down|goes\s+down|timed?\s+out|times\s+out)\b`,
    String.raw`\bcost(?:s|ing|ed)?\s+(?:us|me|our)\b`,
    // figures that came out wrong: "has the totals for the Leeds and Bristol stores doubled"
    String.raw`\b(?:doubled|tripled|duplicated|double-counted|counted\s+twice|garbled|truncated|scrambled)\b`,
    String.raw`\b(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:promised|assured\s+(?:us|me)|guaranteed|committed\s+to)\b|\bpromised\s+(?:us|me)\b`,
    String.raw`\b(?:nobody|no\s+one|none\s+of\s+you)\b[^.!?\n,;]{0,40}?\b(?:given|told|sent|called|replied|responded|explained|answered|updated|confirmed|offered|fixed|delivered|bothered|followed\s+up|got\s+back|checked|acknowledged|apologi[sz]ed|owns?|knows?)\b`,
    String.raw`\bstill\s+(?:shows?|showing|says|lists?|charges?|charging|uses?|using|contains?|has|have|points?|sends?|sending|runs?|on\s+the\s+old)\b`,
    String.raw`\b(?:didn${A}t|did\s+not|doesn${A}t|does\s+not|hasn${A}t|has\s+not|haven${A}t|have\s+not|wasn${A}t|was\s+not|weren${A}t|were\s+not|isn${A}t|is\s+not|aren${A}t|are\s+not|never|won${A}t|will\s+not)\s+(?:even\s+|yet\s+|been\s+|bother(?:ed)?\s+to\s+)?(?:explain\w*|told|tell\w*|inform\w*|notif\w*|warn\w*|updat\w*|repl(?:y|ied|ies)|respond\w*|answer\w*|deliver\w*|ship\w*|arriv\w*|includ\w*|match\w*|test\w*|follow\w*|confirm\w*|sent|honou?r\w*|acknowledg\w*|complet\w*|finish\w*|launch\w*|gone\s+live|go\s+live|live|on\s+time)\b`,
  ].join('|'),
  'i',
);

/** Asks and conditions: what they want, not what went wrong (asks are reported separately). */
const ASK_OR_CONDITION = new RegExp(
  String.raw`^(?:(?:and|but|so|then|now)\s+)?(?:please|kindly|pls|could\s+you|can\s+you|would\s+you|will\s+you|let\s+(?:me|us)\s+know|if|unless|in\s+case|otherwise|whether|whenever|(?:i|we)\s+(?:would\s+(?:like|appreciate)|${A}d\s+(?:like|appreciate)|want|need|expect|demand|require|request|insist|ask|must\s+(?:have|insist|ask)|look\s+forward))\b`,
  'i',
);

/** "Nobody listens", "nobody from your side has given us…" sweep; "nobody told us until we called" tells of one event. */
const SWEEPING = /\b(?:never|always|nothing|everything|(?:nobody|no\s+one)(?:\s+[\w'’]+){0,3}?\s+(?:ever\b|(?!was\b)\w{2,}s\b)|every\s+time|each\s+time|all\s+the\s+time|constantly|you\s+people|none\s+of)\b/i;
// Something a reader could check: a number, a date word, a product-like capitalised name mid-sentence.
const CONCRETE = /\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|invoice|order|ticket|report|release|export|import|login|dashboard|account|payment|shipment|delivery|migration|integration|api|server|portal|checkout|refund|update|sync)\b/i;

/** A short time or place qualifier that belongs to the neighbouring clause ("since 2 March", "on invoice 4411"). */
const QUALIFIER_START = /^(?:since|on|from|for|in|at|as\s+of|after|before|until|till|by|of|with|under|during|via)\b/i;

/**
 * Clause boundaries: punctuation (not inside numbers or times) and a conjunction that starts a new clause.
 * Not brackets: an aside belongs to its clause ("the nightly export (the one finance relies on) failed").
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`[;\x97\x96]|,(?!\d)|:(?!\d)|\s-\s|\s(?=(?:and|but|so|because|although|though|while|whereas|yet)\s+(?:i|we|you|it|they|he|she|nobody|no\s+one|nothing|the|your|our|this|that|there|now|then|still)\b)`,
  'gi',
);

/** Discourse openers and conjunctions that carry no problem. Applied repeatedly. */
const LEAD_IN = new RegExp(
  String.raw`^(?:(?:hi|hello|dear|hey)\b[^,.!?\n]{0,40}[,!]\s*|(?:also|and|but|so|then|now|plus|well|unfortunately|honestly|frankly|quite\s+frankly|seriously|basically|again|sadly|however|meanwhile|moreover|worse|ok|okay|look|listen|as\s+you\s+know|as\s+i\s+said|as\s+(?:previously\s+|already\s+)?mentioned|per\s+my\s+(?:last|previous)\s+(?:email|message)|with\s+all\s+due\s+respect|to\s+be\s+(?:frank|honest|clear|fair)|on\s+top\s+of\s+that|to\s+make\s+matters\s+worse|what${A}s\s+more|in\s+addition|i\s+must\s+(?:say|stress)|i\s+have\s+to\s+say|because|given(?:\s+that)?|seeing\s+as|considering(?:\s+that)?|(?:oh\s+)?(?:great|wonderful|brilliant|fantastic|lovely|perfect)(?=\s*,))\b[,]?\s*|(?:please|kindly)\s+(?:advise|explain|tell\s+(?:me|us)|let\s+(?:me|us)\s+know)\s+(?:why|how\s+come)\s+)`,
  'i',
);

/** "I'm disappointed that …", "it is unacceptable that …", "we noticed that …": keep what follows. */
const FRAME = new RegExp(
  String.raw`^(?:(?:i|we)(?:${A}m|${A}re|\s+am|\s+are|\s+was|\s+were)?\s+(?:(?:very|really|so|extremely|quite|getting|rather|deeply|a\s+bit|increasingly)\s+)*(?:disappointed|frustrated|upset|annoyed|unhappy|concerned|surprised|shocked|worried|amazed|astonished|sorry)(?:\s+to\s+(?:see|find|hear|learn|report|say|discover))?\s+that\s+|it(?:${A}s|\s+is|\s+was)\s+(?:(?:very|really|so|quite|just|simply|frankly|totally)\s+)*(?:unacceptable|ridiculous|frustrating|disappointing|annoying|worrying|concerning|absurd|outrageous|clear|obvious|apparent)\s+that\s+|(?:i|we)\s+(?:have\s+)?(?:noticed|found|realised|realized|discovered|see|saw|notice)\s+that\s+|(?:i|we)\s+(?:just\s+)?want(?:ed)?\s+to\s+(?:let\s+you\s+know|flag|point\s+out|say|make\s+you\s+aware)\s+(?:that\s+)?|please\s+(?:note|be\s+aware)\s+that\s+|(?:i|we)\s+feel\s+(?:like|that)\s+|it\s+(?:seems|appears|looks)\s+(?:like|that|as\s+if)\s+)`,
  'i',
);

/** "I'm tired of chasing you" → "having to chase you" (the gerund becomes an infinitive). */
const TIRED_OF = new RegExp(
  String.raw`^(?:(?:i|we)(?:${A}m|${A}re|${A}ve|\s+am|\s+are|\s+have)?\s+)?(?:(?:so|really|getting|very|absolutely|quite|truly)\s+)*(?:tired|sick(?:\s+and\s+tired)?|fed\s+up|weary|had\s+enough)\s+(?:of|with)\s+(?:(?:having\s+to|constantly|always|still)\s+)?`,
  'i',
);
const GERUND = /^([a-z]+ing)\b/i;
/** "X was a mess", "X has been chaotic": a verdict on a named thing (the lexicon only keeps a message's strongest words). */
const VERDICT_WORDS = /\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:(?:a|an|very|really|so|completely|totally|a\s+complete|a\s+total|an\s+absolute)\s+)?(?:mess|disaster|joke|shambles|nightmare|chaos|chaotic|poor|terrible|awful|unusable|useless|sloppy|unreliable|disorganised|disorganized)\b/i;
/** Words that name nothing: what is left of "tired of this" or "disappointed with it". */
const EMPTY_TARGET = /^(?:this|that|it|them|you|all\s+(?:this|of\s+this)|the\s+(?:situation|whole\s+thing)|everything|things)\b/i;
/** "(I am) disappointed with / not happy about X": X is what the verdict is about. */
const VERDICT_TARGET = /^\s*(?:with|about|by|in|at|over|regarding)\s+(.{3,})$/i;

const ORDINAL = String.raw`(?:second|third|fourth|fifth|sixth|seventh|umpteenth|nth|\d+(?:st|nd|rd|th))`;
/** "This is the third launch date you have missed" → "third launch date missed". */
const THIS_IS_NTH = new RegExp(String.raw`^(?:this|that|it)(?:\s+is|${A}s|\s+was)\s+(?:now\s+|already\s+)?(?:the|a|our|your)\s+(?=${ORDINAL}\b)`, 'i');
const NTH_YOU_VERBED = new RegExp(
  String.raw`^(${ORDINAL}\s+(?:[\w-]+\s+){0,3}?)(?:that\s+|which\s+)?(?:you|your\s+team|you\s+guys|they)\s+(?:have\s+|${A}ve\s+|has\s+)?(missed|broken|cancelled|canceled|postponed|moved|pushed\s+back|delayed|slipped|failed|lost|sent)\b`,
  'i',
);
/** A leading "we"/"I" before a negation, "still" or a passive: "we were charged twice" → "charged twice". */
const SUBJECT_PASSIVE = new RegExp(String.raw`^(?:we|i)\s+(?:were|was|have\s+been|${A}ve\s+been|had\s+been|got)\s+(?=\w+ed\b|sent\b|told\b|left\b|given\b|kept\b|billed\b|charged\b)`, 'i');
/** "we still have not received the Q3 report" → "the Q3 report still not received". */
const NOT_RECEIVED = new RegExp(String.raw`^(?:we|i)\s+(still\s+)?(?:have\s+not|haven${A}t|did\s+not|didn${A}t)\s+(?:yet\s+)?(?:(?:still\s+)?)(received|seen|got(?:ten)?)\s+(?!it\b|them\b|this\b|that\b|anything\b)(.{3,})$`, 'i');
const SUBJECT_BE = new RegExp(String.raw`^(?:we|i)(?:${A}re|${A}m|\s+are|\s+am|\s+have\s+been|${A}ve\s+been)\s+(?=(?:still|waiting|unable|stuck|locked|getting|being|now)\b)`, 'i');
/** "I am very disappointed with X" → "very disappointed with X" (a verdict keeps its words, not its subject). */
const SUBJECT_FEELING = new RegExp(String.raw`^(?:i|we)(?:${A}m|${A}re|\s+am|\s+are|\s+have\s+been|${A}ve\s+been)\s+(?=(?:(?:very|really|so|not|quite|extremely|deeply|getting)\s+)*(?:disappointed|unhappy|happy|satisfied|pleased|impressed|frustrated|upset|annoyed|concerned|worried)\b)`, 'i');
const SUBJECT_DROP = new RegExp(
  String.raw`^(?:we|i)\s+(?=(?:still|never|can${A}t|cannot|could\s+not|couldn${A}t|did\s+not|didn${A}t|do\s+not|don${A}t|have\s+not|haven${A}t|had\s+not|hadn${A}t|are\s+(?:still|unable|not)|am\s+(?:still|unable|not)|were\s+(?:still|unable|not)|was\s+(?:still|unable|not)|keep|kept|have\s+had\s+to|${A}ve\s+had\s+to|had\s+to|have\s+yet|are\s+yet)\b)`,
  'i',
);

/** Words that add length but nothing to restate ("debited from our account" → "debited"). */
const FILLER = /\s+(?:from|in|on|to|into)\s+(?:our|my)\s+(?:bank\s+)?(?:account|side|end|system)\b(?=.)/gi;

/** A statement longer than this is cut at a clause boundary (or, failing that, a word). */
export const STATEMENT_CHARS = 90;

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'or', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be', 'for', 'on', 'in', 'with', 'us', 'we', 'i', 'you', 'your', 'our', 'it', 'this', 'that', 'by', 'at', 'from', 'my', 'me']);

interface Clause extends Span {
  /** Original text of the clause. */
  text: string;
  role: 'hard' | 'soft' | 'verdict' | 'emotion' | 'ask' | 'neutral';
  /** An ask that also names a failure ("please refund the duplicate payment"); used only when nothing else is found. */
  hardInAsk?: boolean;
  /** A verdict whose subject is a named thing ("the onboarding was a mess"), not a feeling about "how this went". */
  namedSubject?: boolean;
}

function splitClauses(text: string, span: Span): Clause[] {
  const sentence = text.slice(span.start, span.end);
  const cuts: number[] = [0];
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) cuts.push(m.index + (m[0].trim() === '' ? 0 : m[0].length));
  cuts.push(sentence.length);
  const out: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let s = cuts[i];
    let e = cuts[i + 1];
    while (s < e && /[\s,;:()\x97\x96-]/.test(sentence[s])) s++;
    while (e > s && /[\s,;:()\x97\x96.!?…-]/.test(sentence[e - 1])) e--;
    if (e > s) out.push({ start: span.start + s, end: span.start + e, text: sentence.slice(s, e), role: 'neutral' });
  }
  return out;
}

/** Whether the words before a feeling or verdict name a thing ("the onboarding was a mess"), not just "this is" or "I am". */
function namesSubject(before: string): boolean {
  const words = before.replace(LEAD_IN, '').trim().toLowerCase().split(/\s+/).filter((w) => w !== '' && !/^(?:this|that|it|it['’]s|that['’]s|this['’]s|is|was|has|been|have|had|are|were|be|just|so|really|very|totally|completely|absolutely|quite|frankly|honestly|i|i['’]m|i['’]ve|we|we['’]re|we['’]ve|you|you['’]re|they|am|getting|a|an|such|the|whole|thing|all|of|situation|feel|feels|find|found|simply|utterly|now|still|becoming|become|increasingly|extremely|rather|pretty|deeply|complete|total|absolute|utter|bit|lot|little|kind|sort|real|bloody|my|our|your)$/.test(w));
  return words.length > 0;
}

/** Whether a verdict names what it is about, before it or after it ("not happy with the latest release"). */
function namesTarget(clauseText: string, to: number): boolean {
  const after = VERDICT_TARGET.exec(clauseText.slice(to));
  return after !== null && !EMPTY_TARGET.test(after[1].trim());
}

function classify(clause: Clause, cues: CueHit[], negativeWords: readonly Span[]): Clause['role'] {
  const inside = cues.filter((c) => c.start >= clause.start && c.start < clause.end);
  if (inside.some((c) => THREAT_KINDS.has(c.kind))) return 'ask';
  const body = clause.text.replace(LEAD_IN, '');
  if (ASK_OR_CONDITION.test(body)) return 'ask';
  if (inside.some((c) => HARD_KINDS.has(c.kind)) || PROBLEM_EXTRA.test(clause.text)) return 'hard';
  if (inside.some((c) => SOFT_KINDS.has(c.kind))) return 'soft';
  // "I'm frustrated that every answer is a copy-paste": the feeling frames a complaint.
  const framed = body.replace(FRAME, '');
  if (framed !== body && framed.split(/\s+/).length >= 3) return 'soft';
  // "fed up with chasing your team", "had enough of the constant sync failures".
  const tired = TIRED_OF.exec(body);
  if (tired && !EMPTY_TARGET.test(body.slice(tired[0].length))) return 'soft';
  const verdict = inside.find((c) => c.kind === 'frustration' || c.kind === 'sarcasm' || c.kind === 'disappointment');
  if (verdict) {
    clause.namedSubject = namesSubject(clause.text.slice(0, verdict.start - clause.start));
    return clause.namedSubject || namesTarget(clause.text, verdict.end - clause.start) ? 'verdict' : 'emotion';
  }
  const negative = negativeWords.find((t) => t.start >= clause.start && t.end <= clause.end);
  const judged = VERDICT_WORDS.exec(clause.text);
  if ((judged && namesSubject(clause.text.slice(0, judged.index))) || (negative && namesSubject(clause.text.slice(0, negative.start - clause.start)))) {
    clause.namedSubject = true;
    return 'verdict';
  }
  return inside.some((c) => EMOTION_KINDS.has(c.kind)) ? 'emotion' : 'neutral';
}

/** "chasing" → "chase". */
function infinitive(gerund: string, nlp: Nlp): string {
  const inf = nlp.infinitive(gerund);
  return inf !== gerund ? inf : gerund.replace(/ing$/i, '');
}

/**
 * When it came, in a relative clause ("the report that came through this morning has …"): the statement
 * can do without it, and a long one would otherwise be cut before the part that says what is wrong.
 */
const WHEN_IT_CAME = /\s+(?:that|which)\s+(?:came\s+(?:through|in)|arrived|went\s+out|was\s+sent|you\s+sent(?:\s+(?:us|me))?|we\s+(?:got|received))\s+(?:\w+\s+){0,2}?(?:this\s+(?:morning|afternoon|week)|yesterday|today|last\s+(?:night|week)|on\s+\w+day)(?=\s)/i;

/** Word-boundary cut that prefers the last clause-like boundary ("with", "because", ",") before the limit. */
function cutToLength(s: string): string {
  if (s.length <= STATEMENT_CHARS) return s;
  const head = s.slice(0, STATEMENT_CHARS + 1);
  const boundary = /(?:,|;|\s\(|\s(?:and|but|because|which|who|so|after|before|when|while|with|without|since|although)\s)(?!.*(?:,|;|\s\(|\s(?:and|but|because|which|who|so|after|before|when|while|with|without|since|although)\s))/i.exec(head);
  if (boundary && boundary.index >= 25) return head.slice(0, boundary.index).replace(/[\s,;:]+$/, '');
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > 20 ? space : STATEMENT_CHARS).replace(/[\s,;:]+$/, '')}…`;
}

/** An aside in brackets that only names or describes ("(the one finance relies on)"); one that explains why it is wrong ("(which was supposed to be included)") stays. */
const ASIDE = /\s*\((?!\s*(?:which|that|who|as|because|despite|even|although|though|but|not)\b)[^()\n]{0,120}\)/gi;

/** Turns the problem part of a sentence into a short statement. */
export function shortStatement(source: string, keepSubject: boolean, nlp: Nlp | null): string {
  // A hard-wrapped sentence (text-units.ts) keeps its line break; a statement is one line.
  let s = source.trim().replace(/\s*\n\s*/g, ' ');
  for (let i = 0; i < 6; i++) {
    const next = s.replace(LEAD_IN, '').replace(FRAME, '').trim();
    if (next === s) break;
    s = next;
  }
  const tired = TIRED_OF.exec(s);
  if (tired) {
    const rest = s.slice(tired[0].length);
    const g = GERUND.exec(rest);
    if (g && nlp) s = `having to ${infinitive(g[1], nlp)}${rest.slice(g[0].length)}`;
    else if (!EMPTY_TARGET.test(rest)) s = rest;
  }
  s = s.replace(THIS_IS_NTH, '');
  s = s.replace(NTH_YOU_VERBED, '$1$2');
  if (!keepSubject) {
    const nr = NOT_RECEIVED.exec(s);
    if (nr) s = `${nr[3].replace(/^(?:a|an)\s+/i, '').replace(/[\s.!?…,;:]+$/, '')} ${nr[1] ?? ''}not ${nr[2].toLowerCase()}`;
    else s = s.replace(SUBJECT_PASSIVE, '').replace(SUBJECT_BE, '').replace(SUBJECT_FEELING, '').replace(SUBJECT_DROP, '');
  }
  s = s.replace(FILLER, '').replace(/^(?:the\s+)?amount\s+of\s+/i, '');
  s = s.replace(ASIDE, '');
  s = s.replace(/^["“”'‘’]+(?=\w)/, '').replace(/[\s.!?…,;:]+$/, '');
  if (s.length > STATEMENT_CHARS) s = s.replace(WHEN_IT_CAME, '');
  s = cutToLength(s);
  // Statements read as fragments ("invoice 4411 charged twice"); keep "I" and acronyms as written.
  const first = s.split(/\s/, 1)[0];
  return first === 'I' || /^I['’]/.test(first) || /^[A-Z0-9]{2,}\b/.test(first) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function contentWords(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w)));
}

/** What is at stake in money: such an issue is the last to give way ("invoice 4471 charges us for…"). */
const MONEY = /[£$€₹]\s?\d|\b(?:invoice|invoiced|charged?|charges|billed|bill|refund|credit\s+note|fee|fees|overcharg\w*|paid|payment)\b/i;

interface Found {
  issue: ToneIssue;
  /** Reported as a failure, not only felt ("having to chase you for updates"). */
  hard: boolean;
}

/**
 * At most MAX_ISSUES, in the order written. When there are more, generalities give way first, then
 * complaints only felt, then failures with no money at stake, so a late "invoice 4471 charges us for the
 * tier we were promised" is not lost to an early "we heard nothing" or "Friday came and went".
 */
function shortList(found: Found[]): ToneIssue[] {
  if (found.length <= MAX_ISSUES) return found.map((f) => f.issue);
  const rank = found.map((f) => (f.issue.kind === 'generality' ? 0 : !f.hard ? 1 : MONEY.test(f.issue.statement) ? 3 : 2));
  const keep = new Set(
    found
      .map((_, i) => i)
      .sort((a, b) => rank[b] - rank[a] || a - b)
      .slice(0, MAX_ISSUES),
  );
  return found.filter((_, i) => keep.has(i)).map((f) => f.issue);
}

/** Same problem said twice: most content words shared (Jaccard ≥ 0.6) or one statement inside the other. */
function nearDuplicate(a: string, b: string): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return a === b;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const small = Math.min(x.size, y.size);
  return shared / (x.size + y.size - shared) >= 0.6 || (small >= 3 && shared === small);
}

/** A short time or place qualifier next to a problem clause belongs to it ("since 2 March", "on invoice 4411"). */
function isQualifier(c: Clause | undefined): boolean {
  return c !== undefined && c.role === 'neutral' && c.text.split(/\s+/).length <= 4 && QUALIFIER_START.test(c.text) && CONCRETE.test(c.text);
}

/** The clauses one statement is made from: the problem clause, a qualifier next to it, and the clause before a bare one ("…three days ago, and nobody has replied"). */
function around(clauses: Clause[], i: number): Clause[] {
  let from = i;
  let to = i;
  if (isQualifier(clauses[i - 1])) from--;
  else if (clauses[i].text.split(/\s+/).length <= 4 && clauses[i - 1]?.role === 'neutral' && CONCRETE.test(clauses[i - 1].text)) from--;
  if (isQualifier(clauses[i + 1])) to++;
  return clauses.slice(from, to + 1);
}

/**
 * The statements a sentence contributes: one per clause that reports a failure ("the trainer was
 * 40 minutes late, and half of our users still cannot log in" gives two); otherwise one for a
 * softer complaint ("third time I have asked") or a verdict on a named thing ("the onboarding was a
 * mess"). `fallback` admits weaker evidence (a verdict on "how this was handled", a problem inside
 * an ask) for a message in which nothing else was found.
 */
function problemSources(clauses: Clause[], fallback: boolean): Clause[][] {
  const named = (c: Clause) => c.role === 'verdict' && c.namedSubject === true;
  if (clauses.some((c) => c.role === 'hard')) return clauses.flatMap((c, i) => (c.role === 'hard' || named(c) ? [around(clauses, i)] : []));
  const soft = clauses.findIndex((c) => c.role === 'soft' || named(c));
  if (soft >= 0) return [around(clauses, soft)];
  if (!fallback) return [];
  const weak = clauses.findIndex((c) => c.role === 'verdict' || (c.role === 'ask' && c.hardInAsk));
  return weak >= 0 ? [around(clauses, weak)] : [];
}

function issueFrom(text: string, span: Span, source: Clause[], nlp: Nlp | null): ToneIssue | null {
  const statement = source.map((c, i) => shortStatement(c.text, i > 0, nlp)).filter((s) => s.length > 0).join(', ');
  if (statement.length < 4) return null;
  const from = source[0].start;
  const to = source[source.length - 1].end;
  const sourceText = text.slice(from, to);
  // A verdict ("communication has been poor") always needs an example; so does a sweeping claim with nothing checkable.
  const verdictOnly = source.every((c) => c.role === 'verdict' || c.role === 'neutral');
  const kind = verdictOnly || (SWEEPING.test(sourceText) && !CONCRETE.test(sourceText)) ? 'generality' : 'specific';
  return { statement: cutToLength(statement), evidence: text.slice(span.start, span.end), start: span.start, end: span.end, kind, source: { start: from, end: to } };
}

export function findIssues(text: string, sentenceSpans: Span[], cues: CueHit[], negativeWords: readonly Span[], nlp: Nlp | null): ToneIssue[] {
  // Problem wording without a scoring cue counts only in a message that complains or threatens somewhere
  // ("we have decided not to renew … three of the four milestones were missed").
  if (!cues.some((c) => COMPLAINT_KINDS.has(c.kind) || THREAT_KINDS.has(c.kind))) return [];
  const analysed: { span: Span; clauses: Clause[] }[] = [];
  for (const span of sentenceSpans) {
    const inside = cues.filter((c) => c.start >= span.start && c.start < span.end);
    // A problem they say is already fixed is not an open issue.
    if (inside.some((c) => c.kind === 'resolved' || c.kind === 'calm') && !inside.some((c) => c.kind !== 'problem' && COMPLAINT_KINDS.has(c.kind))) continue;
    const clauses = splitClauses(text, span);
    for (const c of clauses) {
      c.role = classify(c, cues, negativeWords);
      c.hardInAsk = c.role === 'ask' && !/\b(?:if|unless|in\s+case|otherwise|whether)\b/i.test(c.text) &&
        cues.some((h) => h.start >= c.start && h.start < c.end && (h.kind === 'problem' || h.kind === 'service-failure'));
    }
    analysed.push({ span, clauses });
  }
  const collect = (fallback: boolean): ToneIssue[] => {
    const found: Found[] = [];
    for (const { span, clauses } of analysed) {
      for (const source of problemSources(clauses, fallback)) {
        if (found.length >= MAX_ISSUES * 2) return shortList(found);
        const issue = issueFrom(text, span, source, nlp);
        if (issue && !found.some((f) => nearDuplicate(f.issue.statement, issue.statement))) found.push({ issue, hard: source.some((c) => c.role === 'hard') });
      }
    }
    return shortList(found);
  };
  const strong = collect(false);
  return strong.length > 0 ? strong : collect(true);
}
