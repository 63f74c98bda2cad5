/**
 * Whose problem is a sentence about? A client complains about what the recipient did or delivered;
 * the same words about the client's own side ("we lost a big tender, which is disappointing", "my
 * flight was cancelled", "our own server went down") or a third party ("the planning committee
 * refused our application", "the storm flooded the car park") are news, not a complaint.
 *
 * Per sentence, cheaply: whether the recipient is named as the agent or owner ("your invoice", "you
 * sent"), and whether the sender explicitly owns the trouble or it is their (or someone else's)
 * misfortune. The complaint evidence of such a sentence is dropped and its negative words count less
 * (measure.ts, lexicon.ts). Every pattern is a bounded alternation, linear-time.
 */
import type { Span, Token } from './text-units';

/** `news`: the sender's own misfortune or a third party's doing; `sender`: the sender says the fault is theirs. */
export type Owner = 'recipient' | 'sender' | 'news' | 'unknown';

export interface SentenceOwner extends Span {
  owner: Owner;
}

const A = "['’]";

/** "you" after these is an object or a request ("thank you", "could you", "sorry to bother you"), not the one who did it. */
const YOU_NOT_AGENT = new Set([
  'thank', 'thanks', 'for', 'to', 'with', 'let', 'see', 'tell', 'ask', 'asking', 'remind', 'owe', 'from', 'at', 'about', 'of', 'give',
  'send', 'keep', 'update', 'hope', 'wish', 'assure', 'inform', 'call', 'email', 'meet', 'join', 'if', 'could', 'can', 'would',
  'will', 'do', 'did', 'are', 'have', 'bother', 'bothering', 'trouble', 'mess', 'messing', 'pester', 'chase', 'chasing', 'warn',
  'ping', 'when', 'whenever', 'unless', 'once', 'as', 'hear', 'told', 'copy', 'cc', 'brief', 'show', 'thank-you',
]);
const YOU = new Set(['you', "you've", "you'd", "you're", "you'll"]);
const YOUR = new Set(['your', 'yours', 'yourself', 'yourselves']);

/** "Sorry we're behind on the feedback, but your team…": what follows "but" is the point. */
const NO_BUT = String.raw`(?![^.!?\n]{0,80}?\bbut\b)`;

/** The sender says outright that the trouble is theirs, or not the recipient's: this beats "your". */
const SENDER_OWNS = new RegExp(
  String.raw`\b(?:(?:my|our)\s+(?:own\s+)?(?:mistake|fault|error|oversight|doing)|(?:my|our)\s+bad\b|(?:mistake|error|problem|issue|fault|outage|glitch|delay|slip)s?\s+(?:\w+\s+)?(?:on|at|from)\s+(?:my|our)\s+(?:side|end|part)|(?:is|was|are|were)\s+(?:\w+\s+)?(?:on|at)\s+(?:my|our)\s+(?:side|end)` +
    String.raw`|not\s+(?:you|yours|your\s+(?:\w+\s+)?(?:fault|doing|problem|side|end|team|people|work|design|platform|system|service))` +
    String.raw`|nothing\s+to\s+do\s+with\s+(?:you|your)|(?:i|we)\s+(?:\w+\s+)?(?:forgot(?!\s+to\s+(?:mention|say|add|ask|include|attach)\b)|messed\s+up|mixed\s+up|made\s+a\s+(?:mess|mistake|hash|muddle))` +
    String.raw`|(?:i|we)(?:${A}d|${A}ve|\s+had|\s+have)?\s+(?:sent|attached|given|gave|used|put|uploaded)\s+(?:you\s+)?the\s+wrong` +
    // "I sent you the draft version of the manual instead of the final one"
    String.raw`|(?:i|we)(?:${A}d|${A}ve|\s+had|\s+have)?\s+(?:sent|attached|given|gave|used|uploaded)\s+(?:you\s+)?(?:the|an?|our|my)\s+(?:\w+\s+){0,8}?instead\s+of\b` +
    // "Apologies, I know it was due last week": the sender owns the lateness
    String.raw`|(?:i|we)\s+know\s+(?:it|this|that|the\s+(?:payment|invoice|transfer|reply))\s+(?:was|is|has\s+been)\s+(?:\w+\s+)?(?:due|overdue|late)\b${NO_BUT}` +
    // "Sorry it was a week late", "apologies that our payment is overdue", "sorry for replying so late": their own lateness
    String.raw`|(?:sorry|apologies|apologise|apologize)\s+(?:that\s+)?(?:it|this|that|we|i|(?:our|my)\s+(?:\w+\s+)?(?:payment|reply|response|feedback|transfer|remittance|signature|sign-off|approval)|the\s+payment|payment)\s+(?:was|were|is|are|am|has\s+been|have\s+been|${A}s|${A}m|${A}re)\s+(?:\w+\s+){0,3}?(?:late|delayed|overdue|behind)\b${NO_BUT}` +
    String.raw`|(?:sorry|apologies)\s+for\s+(?:being|paying|replying|responding|getting\s+back)\s+(?:\w+\s+){0,2}?late\b${NO_BUT}` +
    // "bad news our end": the sender announces their own news
    String.raw`|news\s+(?:(?:on|at|from)\s+)?(?:my|our)\s+(?:side|end)` +
    // acceptance: the feeling is not held against anyone ("Disappointing, but these things happen")
    String.raw`|(?:these\s+things\s+happen|(?:that${A}s|that\s+is|such\s+is)\s+(?:the\s+market|life)|it\s+is\s+what\s+it\s+is|can${A}t\s+be\s+helped|(?:nobody|no\s+one)${A}s\s+fault)(?=\s*(?:[.!,;)]|$)))\b`,
  'i',
);

/**
 * The sender's (or a third party's) misfortune: illness and family news, travel, the weather, their
 * own business results and decisions others made about them. It yields to the recipient's agency
 * in the same sentence ("we lost the contract because your report was late").
 */
const THEIR_NEWS = new RegExp(
  String.raw`\b(?:off\s+sick|signed\s+off\s+(?:sick|work|ill)|sick|unwell|in\s+hospital|surgery|bereavement|funeral|passed\s+away|family\s+emergency|maternity|paternity|jury\s+service` +
    String.raw`|(?:my|our)\s+(?:\w+\s+)?(?:flight|train|connection|ferry)|(?:flight|train)s?\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:cancelled|canceled|delayed)` +
    String.raw`|(?:i|we)(?:${A}m|${A}re|\s+am|\s+are|\s+was|\s+were|\s+got)\s+stuck\s+(?:in|at|on)` +
    String.raw`|storm|snow(?:ed|fall)?|flood(?:ed|ing)?|heatwave|power\s+cut|burst\s+pipe|pipe\s+burst|strike\s+action|rail\s+strike|road\s?works` +
    String.raw`|(?:i|we)(?:${A}ve|\s+have)?\s+(?:just\s+)?had\s+(?:a|an)\s+(?:\w+\s+)?(?:fire|break-in|burglary|leak)` +
    String.raw`|(?:our|my)\s+bank\s+(?:\w+\s+){0,2}?(?:had|has\s+had|is\s+having|was\s+having)\s+(?:a|an|some)\s+(?:\w+\s+){0,2}?(?:outage|problems?|glitch|fault|issues?|errors?)` +
    String.raw`|(?:our|my)\s+bank\s+(?:\w+\s+){0,3}?(?:held|flagged|blocked|froze|frozen|rejected|returned|bounced|stopped|delayed)` +
    // feelings and threats of the sender's own customers, passed on: "a few angry emails from customers", "one customer is threatening a chargeback"
    String.raw`|(?:angry|furious|irate|upset|unhappy)\s+(?:emails?|calls?|messages?|reviews?|customers?|clients?|users?|guests?|callers?)` +
    String.raw`|(?:one|a|some|several|two|three|a\s+few|many)\s+(?:of\s+(?:our|my)\s+)?(?:customers?|clients?|users?|guests?|tenants?|patients?|members?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?threatening` +
    String.raw`|(?:i|we)(?:${A}ve|\s+have|\s+just|\s+have\s+just)?\s+(?:lost|didn${A}t\s+win|did\s+not\s+win|missed\s+out\s+on)\s+(?:a|an|the|our|another|two|three|one\s+of\s+our)\s+(?:\w+\s+){0,2}?(?:tender|pitch|bid|contract|deal|client|customer|distributor|account|funding|grant|case|sale|investor|sponsor|appeal|venue|lease|premises|site|slot)s?` +
    String.raw`|(?:i|we)(?:${A}ve|\s+have)?\s+lost\s+some\s+(?:\w+\s+)?(?:stock|inventory|equipment)` +
    String.raw`|(?:our|my)\s+(?:\w+\s+)?(?:budget|funding|sales|revenue|turnover|profits?|margins?|share\s+price|headcount)\s+(?:\w+\s+){0,2}?(?:cut|slashed|frozen|reduced|down|fell|fallen|dropped|halved)` +
    String.raw`|(?:sales|revenue|turnover|profits?|orders)\s+(?:are|were|is|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:down|poor|weak|flat)` +
    String.raw`|(?:bad|sad|disappointing|unwelcome|difficult|tough|sobering)\s+news\b` +
    // the sender's own people or suppliers did it: "our courier lost the parcel", "our printer missed the slot"
    String.raw`|our\s+(?:own\s+)?(?:courier|couriers|driver|photographer|printers?|suppliers?|contractors?|accountants?|lawyers?|solicitors?|agency|developers?|designers?|builders?|engineers?|it\s+(?:team|people|provider)|provider|partners?|clients?|customers?|client${A}s\s+\w+)\s+(?:\w+\s+){0,2}?(?:lost|broke|damaged|forgot|missed|dropped|cancell?ed|delayed|failed|messed\s+up|let\s+us\s+down|pulled\s+out|went\s+bust|rejected|refused)` +
    String.raw`|went\s+bust|went\s+into\s+administration|redundanc(?:y|ies)|lay-?offs|laid\s+off` +
    String.raw`|(?:rotten|tough|terrible|rough|difficult|awful|hard|horrible|grim|bad)\s+(?:day|week|fortnight|month|quarter|year)` +
    String.raw`|(?:the|our)\s+(?:landlord|council|committee|regulator|auditors?|insurers?|other\s+side|candidate|board|investors|directors|trustees|shareholders|planning\s+(?:officer|committee|department))\s+(?:\w+\s+){0,3}?(?:refused|rejected|declined|turned\s+(?:\w+\s+){0,2}?down|cancell?ed|pulled\s+out|withdrew|postponed|hated|objected|said\s+no|went\s+bust|double-booked|won${A}t|will\s+not|wouldn${A}t|can${A}t|cannot|decided\s+(?:not\s+to|against))` +
    String.raw`|(?:refused|rejected|declined|turned\s+down)\s+(?:our|my)\s+(?:\w+\s+)?(?:application|appeal|claim|offer|bid|request|listing|proposal))\b`,
  'i',
);

/** Words in a sentence short enough to be a bare reaction to the one before it. */
const SHORT_SENTENCE = 6;
/** A sentence that opens on the sender's feeling: after news, it is about that news, however long ("I'm honestly frustrated – …"). */
const FEELING_OPENER = new RegExp(
  String.raw`^\W*(?:i|we)(?:${A}m|${A}re|\s+am|\s+are|\s+was|\s+were|\s+feel)\s+(?:\w+\s+)?(?:frustrated|disappointed|gutted|annoyed|upset|sad|devastated|sorry)\b`,
  'i',
);

function youIsAgent(tokens: Token[], i: number): boolean {
  if (!YOU.has(tokens[i].w)) return false;
  if (i === 0 || tokens[i].breakBefore) return true;
  return !YOU_NOT_AGENT.has(tokens[i - 1].w);
}

/** One pass over the sentences; tokens are walked once in step with them. */
export function sentenceOwners(text: string, spans: Span[], tokens: Token[]): SentenceOwner[] {
  const out: SentenceOwner[] = [];
  let t = 0;
  for (const s of spans) {
    while (t < tokens.length && tokens[t].start < s.start) t++;
    let recipient = false;
    const t0 = t;
    let i = t;
    for (; i < tokens.length && tokens[i].start < s.end; i++) if (YOUR.has(tokens[i].w) || youIsAgent(tokens, i)) recipient = true;
    t = i;
    const sentence = text.slice(s.start, s.end);
    let owner: Owner = recipient ? 'recipient' : 'unknown';
    if (SENDER_OWNS.test(sentence)) owner = 'sender';
    else if (!recipient && THEIR_NEWS.test(sentence)) owner = 'news';
    // A bare feeling right after news is about that news ("The council refused it. Annoying after all that work.").
    else if (!recipient && out.length > 0 && out[out.length - 1].owner === 'news' && (i - t0 <= SHORT_SENTENCE || FEELING_OPENER.test(sentence))) owner = 'news';
    out.push({ start: s.start, end: s.end, owner });
  }
  return out;
}

/** Sentences about the sender's own or a third party's trouble. */
export function notOursSpans(owners: SentenceOwner[]): Span[] {
  return owners.filter((o) => o.owner === 'sender' || o.owner === 'news');
}
