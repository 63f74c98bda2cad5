/** ALL CAPS and "!!!" — counted, but with a bounded effect: loud is not the same as unhappy. */
import { CLIENT_WORDS, lemma } from './client-words';
import type { CueHit } from './cues';
import { ENGLISH } from './language';
import { INTENSIFIERS, NEGATORS, VALENCE } from './lexicon-words';
import { namesAndLinks, type Span } from './text-units';

// Two or more consecutive all-caps words. Separators and letters are disjoint, so the split is unique.
const CAPS_RUN = /\b[A-Z][A-Z'’]{1,}(?:[ \t]+[A-Z][A-Z'’]{1,})+\b/g;
const CAPS_WORD = /\b[A-Z]{4,}\b/g;
const BANG_RUN = /[!?]{2,}/g;
/** Past a dozen loud spots the effect is saturated anyway; stopping keeps all-caps dumps cheap. */
const MAX_HITS = 12;

/** Upper-case words that are ordinary in business mail. */
const ACRONYMS = new Set(
  ('ASAP EOD COB EOW SLA API CEO CFO COO CTO CRM ERP PDF CSV XLS XLSX HTML HTTP HTTPS URL VPN SSO SAML ' +
    'USA UK EU USD EUR GBP VAT PO NDA FAQ IT HR PR QA QBR KPI ROI ETA FYI ID IDS OK AM PM MSA SOW RFP RFQ ' +
    'AWS GCP SQL JSON XML UTC GMT PST EST CET NOTE IMPORTANT HMRC IRS GDPR SMTP CCTV DOCX PPTX ' +
    'IBAN BIC SWIFT BACS CHAPS SEPA ACH EFT SKU EORI NHS SAAS CMS SEO PPC CPU RAM SSD HDMI USB ' +
    'COSHH RIDDOR PAYE HVAC VLAN WIFI LAN WAN UAT VOIP SFTP MOT GET POST PUT PATCH DELETE').split(' '),
);

/** The longest unknown word in capitals read as a code ("CGM", "MSKU"); longer ones may be words we lack ("OVERFLOW"). */
const CODE_LENGTH = 4;

/** Capitals that are names or codes: every word an acronym or a short one we do not know ("CMA CGM", "HMRC PAYE"). */
function isAcronymPhrase(phrase: string): boolean {
  return phrase.split(/\s+/).every((w) => {
    const word = w.replace(/['’]S$/, '');
    return ACRONYMS.has(word) || (word.length <= CODE_LENGTH && !knownWord(word));
  });
}

/** "[NAME]", "[DATE]": a template's or an anonymiser's placeholder, not a raised voice. */
function isPlaceholder(text: string, start: number, end: number): boolean {
  return text[start - 1] === '[' && text[end] === ']';
}

/** A sign or a label quoted as written: "a letter with DO NOT FLUSH in capitals". */
const NAMED_AS_CAPITALS = /^["'”’]?\s+(?:in|written\s+in)\s+(?:big\s+|block\s+|bold\s+)?(?:capitals|caps|capital\s+letters)\b/i;

/** "Answers below in capitals (my email doesn't do colours!)": capitals announced as a way to set replies apart. */
const ANSWERS_IN_CAPITALS = /\b(?:answers?|replies|responses|comments|notes)\s+(?:are\s+)?(?:below\s+|inline\s+|underneath\s+)?in\s+(?:block\s+)?(?:capitals|caps|capital\s+letters|upper\s*case)\b/i;

/**
 * One word in capitals is emphasis only when it is an English word we know ("STILL", "AGAIN", "NOTHING",
 * "URGENT"); a word we do not know is an acronym or a code ("MHRA", "MSKU", "SCORM"), which client mail
 * is full of.
 */
const EMPHASIS = new Set(
  ('today tomorrow yesterday urgent urgently immediately always ever waiting wait week weeks month months days hours ' +
    'answer reply response call anyone someone anything everything fix fixed sort sorted done help money invoice ' +
    'refund time times pay paid customer customers send sent test tested single system priority working').split(' '),
);

function knownWord(w: string): boolean {
  const l = w.toLowerCase();
  return EMPHASIS.has(l) || ENGLISH.has(l) || VALENCE.has(l) || NEGATORS.has(l) || INTENSIFIERS.has(l) || Object.hasOwn(CLIENT_WORDS.terms, lemma(l));
}

/** A status value as a system prints it: "Status: FAILED", "Result: ERROR". */
const STATUS_BEFORE = /\b(?:status|state|result|outcome)\s*[:=]\s*$/i;

/** #hashtags: in capitals they are names ("#JOBS", "#NFT"), not a raised voice. */
const HASHTAG = /(?<![\w#])#\w+/g;

function overlaps(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** `links`: the text's addresses, links and @handles (namesAndLinks), found once by the caller. */
export function findShouting(masked: string, links: Span[] = namesAndLinks(masked)): CueHit[] {
  if (ANSWERS_IN_CAPITALS.test(masked)) return [];
  const hits: CueHit[] = [];
  // "@CNBC", "#JOBS", addresses and links are names whatever their case.
  const names = [...links, ...[...masked.matchAll(HASHTAG)].map((m) => ({ start: m.index, end: m.index + m[0].length }))];
  const why = 'Writes in capitals, which reads as shouting.';
  for (const m of masked.matchAll(CAPS_RUN)) {
    if (hits.length >= MAX_HITS) break;
    if (!isAcronymPhrase(m[0]) && !overlaps(names, m.index, m.index + m[0].length) && !NAMED_AS_CAPITALS.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 30))) hits.push({ kind: 'shouting', start: m.index, end: m.index + m[0].length, why, factor: 1 });
  }
  for (const m of masked.matchAll(CAPS_WORD)) {
    if (hits.length >= MAX_HITS) break;
    const start = m.index;
    const end = start + m[0].length;
    if (ACRONYMS.has(m[0]) || !knownWord(m[0]) || STATUS_BEFORE.test(masked.slice(Math.max(0, start - 12), start)) || isPlaceholder(masked, start, end) || overlaps(names, start, end) || hits.some((h) => h.start <= start && h.end > start)) continue;
    hits.push({ kind: 'shouting', start, end, why: 'Capitalises a word for emphasis.', factor: 0.5 });
  }
  for (const m of masked.matchAll(BANG_RUN)) {
    if (hits.length >= 2 * MAX_HITS) break;
    if (!m[0].includes('!') && m[0].length < 3) continue;
    hits.push({ kind: 'shouting', start: m.index, end: m.index + m[0].length, why: 'Uses repeated exclamation or question marks.', factor: 0.5 });
  }
  return hits.sort((a, b) => a.start - b.start).slice(0, MAX_HITS);
}
