/**
 * How a factual complaint is built, rather than how it is worded (issue #4). An understated
 * complaint rarely carries a word of feeling; it sets facts side by side:
 *
 * - a **shortfall**: something of the recipient's is not done, not right or not as it should be
 *   ("was never opened", "still isn't set up", "doesn't record consent", "out of order",
 *   "last year's prices", "thinner than the sample");
 * - a **reference**: what the client did, asked for, agreed or paid for ("we booked cabaret",
 *   "I sent the new list on the 3rd", "it's on the confirmation", "reported on 4 August");
 * - a **cost** the client bore ("we've had to ask them to pay it back", "spent twenty minutes
 *   moving chairs", "we've switched analytics off");
 * - a **remedy**: the client asks for it to be put right or accounted for ("please correct this",
 *   "what can you do?", "before we settle the invoice", "when will the fixed version be deployed?").
 *
 * Each part alone is everyday mail ("I sent the forms on the 3rd"; "could you send a breakdown?").
 * What generalises is the combination: a shortfall together with a reference, a cost or a remedy.
 * Sentences about the sender's own or a third party's trouble (owner.ts) count for nothing.
 * Every pattern is a bounded alternation (linear time); no tagger is needed.
 */
import { datedPast } from './dated-past';
import { phraseMatcher } from './phrases';
import type { SentenceOwner } from './owner';
import { tokenIndexAt, type Span, type Token } from './text-units';

const A = "['’]";
const NEG_AUX = String.raw`(?:isn${A}t|aren${A}t|wasn${A}t|weren${A}t|hasn${A}t|haven${A}t|hadn${A}t|doesn${A}t|don${A}t|didn${A}t|won${A}t|can${A}t|couldn${A}t|(?:is|are|was|were|has|have|had|does|do|did|will|can|could)\s+(?:not|never))`;
const NUMBER_WORD = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half\s+an?|several|a\s+few|the\s+(?:first|last|whole|entire|best\s+part\s+of\s+the))`;
const TIME_UNIT = String.raw`(?:minutes?|hours?|days?|weeks?|months?|mornings?|afternoons?|evenings?|weekends?|day|morning|afternoon)`;

/**
 * A shortfall in what the recipient delivered. A negated state or service verb whose subject is
 * not the sender ("the login still isn't set up", not "we haven't decided"), a thing that is
 * wrong, missing, old or out of order, or a comparison with what was expected.
 */
const SHORTFALL = new RegExp(
  String.raw`(?<!\b(?:i|we|i${A}m|we${A}re|i\s+am|we\s+are|me|us)\s)(?<!\b(?:i|we)\s+(?:still|really|just|also|even)\s)\b(?:${NEG_AUX}|still\s+${NEG_AUX}|never)\s+(?:\w+\s+){0,1}?(?:been\s+|yet\s+|even\s+|once\s+)?(?:\w+ed|done|set\s+up|sent|shown|seen|built|made|paid|put|brought|taken|given|kept|met|come|gone|turned\s+up|shown\s+up|(?:work|record|follow|match|load|open|print|show|include|save|sync|add\s+up|make\s+sense|fit|meet|arrive|appear|run|start|respond|reply|answer|have|has|reflect|cover|connect|apply|count|display|export|send)s?)\b` +
    String.raw`|\b(?:wrong|incorrect|inaccurate|missing|out\s+of\s+order|out\s+of\s+date|outdated|mislabell?ed|misspelt|misspelled|illegible|unusable|unreadable|half-finished|unfinished|incomplete|faulty|defective|damaged|broken|cracked|stained|scratched|leaking|blank|cropped|blurry|blurred|mixed\s+up|duplicated)\b` +
    // "arrived 40 minutes after the start time"
    String.raw`|\b(?:arrived|turned\s+up|came|delivered)\s+(?:\d+|a\s+few|several|forty|thirty|twenty|fifteen|ten|two|three|four|five)\s+(?:minutes|mins|hours|days|weeks)\s+(?:late|after)\b` +
    String.raw`|\b(?:last\s+year${A}s|the\s+old|our\s+old|the\s+previous|the\s+staging|a\s+previous|an\s+old|an\s+earlier|the\s+earlier|the\s+draft)\s+(?:\w+\s+)?(?:prices?|pricing|version|logo|address|details|rates?|figures|numbers|copy|text|banner|template|tax\s+codes?|branding|file|list|design|plan|drawings?|data)\b` +
    String.raw`|\b\w+er\s+than\s+(?:the|our|your|what)\s+(?:\w+\s+){0,2}?(?:sample|proof|quote|quoted|spec|specification|brief|agreed|ordered|booked|approved|mock-?up|photos?|pictures?|original|last\s+(?:time|batch|order|one)|we\s+(?:\w+\s+)?(?:agreed|ordered|booked|approved|asked\s+for|chose|paid\s+for|expected))\b` +
    String.raw`|\b(?:instead\s+of|rather\s+than)\s+(?:the|our|a|an|what)\b|\b(?:was|were)\s+used\s+instead\b|\bat\s+the\s+(?:higher|wrong|full|old|standard)\s+rate\b` +
    // what should have happened and did not; time that has passed on a state that lingers
    String.raw`|\b(?:was|were|is|are)\s+(?:supposed|meant)\s+to\b|\bshould\s+(?:have|${A}ve)\s+(?:been|had|arrived|come|included|gone|shown)\b` +
    String.raw`|\b(?:it${A}s|we${A}re|we\s+are)\s+now\s+(?:into\s+)?(?:the\s+)?(?:\d|mid|late|early|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday)|\bsince\s+the\s+\d{1,2}(?:st|nd|rd|th)\b` +
    // a disputed word in scare quotes: "the 40 'qualified' contacts", "the van you 'serviced'"
    String.raw`|\b(?:the|your|you|these|those)\s+(?:\d+\s+)?['‘"“][a-z]+(?:\s[a-z]+)?['’"”]` +
    String.raw`|\b(?:nobody|no\s+one|nothing)\s+(?:has\s+|had\s+|was\s+|were\s+)?(?:turned\s+up|showed\s+up|arrived|happened|changed|been\s+done|done|sent|fixed)\b` +
    String.raw`|\bnone\s+of\s+(?:the|them|these|those|our)\b[^.!?\n]{0,30}?\b(?:were|was|have\s+been|has\s+been|got)\s+(?:used|applied|done|delivered|fixed|sent|credited|received|processed|refunded)\b`,
  'gi',
);

/**
 * Shortfalls the pattern above does not reach: a problem that persists ("remains unresolved"),
 * something still to be done ("yet to receive"), and what the client never received, said in their own
 * voice ("we haven't received", "I haven't heard back", "nobody got back to us"). The pattern leaves
 * the sender's voice out because "we haven't decided" is their own business; not receiving is the
 * recipient's. Fixed phrases, so a Set lookup over the tokens rather than more pattern to compile.
 */
const NOT_RECEIVED = phraseMatcher(
  new Set([
    'remains unresolved', 'remain unresolved', 'remains outstanding', 'remains broken', 'has not yet been', "hasn't yet been",
    'yet to be', 'yet to receive', 'yet to hear', "we haven't received", 'we have not received', "i haven't received",
    'i have not received', "we still haven't received", "i still haven't received", "we haven't heard back", "i haven't heard back",
    "we've not heard back", "i've not heard back", 'nobody called', 'no one called', 'nobody got back', 'no one got back',
    'nobody has got back', 'nobody replied', 'no one replied', 'without any explanation', 'with no explanation',
    'without any notice', 'with no notice',
  ]),
);


/** What the client did, asked for, agreed or paid for, or where it is written down. */
const REFERENCE = new RegExp(
  String.raw`\b(?:we|i)(?:${A}d|${A}ve|\s+had|\s+have)?\s+(?:already\s+|specifically\s+|clearly\s+|originally\s+|explicitly\s+|also\s+)?(?:agreed(?:\s+on)?|asked\s+for|asked\s+you|booked|briefed|chose|confirmed|gave\s+you|ordered|paid\s+(?:for|you|extra)|picked|raised|reported|requested|sent\s+(?:you\s+|over\s+)?(?:the|our|a|an|it|them|this)|settled\s+on|signed\s+(?:off|up\s+for|the)|specified|supplied|told\s+(?:you|your)|provided|submitted|approved|listed|flagged|explained|selected|engaged\s+you|said\s+in|said\s+at|discussed\s+(?:this|it)\s+(?:at|in|on))\b` +
    String.raw`|\b(?:the\s+)?\w+\s+(?:we|i)\s+(?:had\s+)?(?:paid\s+for|booked|ordered|agreed|asked\s+for|chose|picked|approved|specified|signed\s+off)\b` +
    String.raw`|\b(?:is|was|were|are|it${A}s|they${A}re|that${A}s)\s+(?:clearly\s+|all\s+)?(?:on|in)\s+(?:the|our|your)\s+(?:\w+\s+)?(?:confirmation|order|order\s+form|forms?|contract|brief|quote|quotation|spec|specification|booking|letter|engagement\s+letter|agreement|proposal|plans?|drawings?|email|ticket|po|purchase\s+order|sow|statement\s+of\s+work)\b` +
    String.raw`|\b(?:reported|raised|logged|requested|ordered|booked|agreed|confirmed|promised|quoted)\s+(?:to\s+you\s+)?(?:on|in|back\s+in|at)\s+(?:the\s+)?(?:\d|monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december|our|last|the\s+(?:first|site|kick-?off))` +
    String.raw`|\b(?:i|we)\s+(?:was|were)\s+under\s+the\s+impression\b|\b(?:we|i)\s+did\s+(?:specify|ask\s+for|agree|order|request)\b|\bour\s+instructions\s+(?:on\s+file\s+)?(?:are|were|state|say)\b|\bmethod\s+statement\s+(?:specified|said|stated)\b|\b(?:i|we)\s+(?:had\s+)?(?:understood|assumed)\s+(?:that\s+)?(?:it|this|the|they|you|your)\b` +
    String.raw`|\b(?:is|are|was|were)\s+priced\s+on\b|\bthe\s+reason\s+we\s+(?:engaged|hired|chose|booked|appointed)\s+you\b|\b(?:the|our)\s+(?:contract|quote|brief|spec|agreement|sla|order|booking|confirmation|request(?:\s+form)?|booking\s+form|order\s+form)\s+(?:says|said|states|stated|specifies|specified)\b`,
  'gi',
);

/** A cost the client (or their people) bore. */
const COST = new RegExp(
  String.raw`\b(?:we|i|they|she|he|our\s+\w+|staff|everyone|people)(?:${A}ve|\s+have|\s+then|\s+now)?\s+(?:now\s+|then\s+|also\s+|all\s+)?had\s+to\s+\w+` +
    String.raw`|\b(?:we|i|they|she|he|our\s+\w+|staff|everyone|people)(?:${A}ll|\s+will)\s+(?:now\s+|also\s+|all\s+)?have\s+to\s+\w+|\bhaving\s+to\s+\w+|\b(?:we|i)(?:${A}ve|\s+have)\s+(?:now\s+)?got\s+to\s+(?:go\s+back|redo|re-?do|check|rebuild|re-?enter|start)\b` +
    String.raw`|\b(?:spent|wasted|lost)\s+${NUMBER_WORD}\s+(?:\w+\s+)?${TIME_UNIT}\b` +
    String.raw`|\b(?:we|i)(?:${A}ve|\s+have)\s+(?:now\s+|had\s+to\s+)?(?:stopped|switched\s+(?:\w+\s+){0,2}?off|turned\s+(?:\w+\s+){0,2}?off|paused|pulled|withdrawn|taken\s+(?:\w+\s+)?down|cancelled|postponed)\b` +
    String.raw`|\b(?:\d+|dozens\s+of|hundreds\s+of)\s+(?:support\s+|customer\s+)?(?:tickets|complaints|calls|refunds|returns)\b|\bby\s+hand\b|\bkeeps?\s+asking\b` +
    // "we ended up sending someone out to the shop"
    String.raw`|\b(?:we|i|they|our\s+\w+)\s+(?:\w+\s+)?ended\s+up\s+(?:having\s+to\s+|paying|sending|buying|hiring|calling|doing|using|going|ordering|driving|working|cancelling|redoing)\b`,
  'gi',
);

/** The client asks for it to be put right or accounted for. */
const REMEDY = new RegExp(
  // not "no need to replace it"
  String.raw`(?<!\bno\s+need\s+(?:to|for)\s+(?:an?\s+)?)\b(?:correct(?:ed|ion)?(?!\s+me\b)|re-?do(?:ne)?|re-?issued?|re-?sent|re-?send|re-?print(?:ed)?|re-?run|refund(?:ed)?|credited|credit\s+(?:note|us|me|back|the\s+difference|our|my)|reimburse(?:d|ment)?|reverse(?:d)?|rectif(?:y|ied)|explain\s+(?:why|how|what|this|it|the)|(?:this|it|be|been)\s+explained|(?:an|some|any|a\s+full|a\s+proper)\s+explanation|(?:a|the)\s+breakdown(?!\s+(?:number|cover|line|service|recovery|truck|lorry|policy))|compensat(?:e|ion)|put\s+(?:this|it|that)\s+right|make\s+(?:this|it|that)\s+right|sort(?:ed)?\s+(?:this|it|that)\s+out|deal\s+with\s+(?:this|it)|handle\s+(?:this|it)|reset|replace(?:ment)?)\b` +
    String.raw`|\b(?:i|we)(?:${A}d|\s+would)\s+(?:like|expect|want)\s+(?:a|some|an|the)\s+(?:full\s+|partial\s+)?(?:credit|refund|discount|reduction|reshoot|redo|re-?print|replacement)\b|\bwhat\s+(?:can|will|are)\s+you\s+(?:do|going\s+to\s+do)\b|\bwhat\s+you${A}re\s+going\s+to\s+do\s+about\b|\bwhere\s+(?:do\s+)?we\s+go\s+from\s+here\b|\b(?:confirm|explain|tell\s+(?:me|us)|let\s+(?:me|us)\s+know)\s+what\s+(?:went|has\s+gone|had\s+gone)\s+wrong\b|\b(?:without|at\s+no)\s+(?:extra|additional|further)\s+(?:cost|charge)\b|\bbefore\s+we\s+(?:settle|pay|sign|approve|release)\b` +
    String.raw`|\bwhen\s+(?:will|can|is|are)\s+(?:\w+\s+){0,4}?(?:fixed|corrected|redone|sorted|replaced|resolved|collected|removed|repaired)\b` +
    String.raw`|\bhow\s+(?:are|is|was|were|did|could|has|have|does|do)\s+(?:\w+\s+){0,5}?(?:being|get|got|gets|happen|happened|missed|allowed|possible)\b`,
  'gi',
);

export interface StructureEvidence {
  shortfall: boolean;
  reference: boolean;
  cost: boolean;
  remedy: boolean;
}

const PARTS = ['shortfall', 'reference', 'cost', 'remedy'] as const;
const NO_PARTS: StructureEvidence = { shortfall: false, reference: false, cost: false, remedy: false };
/**
 * The parts must sit close together: a complaint sets them side by side, while a long review or
 * newsletter collects them from unrelated paragraphs. Sentences of a window, at most.
 */
export const STRUCTURE_WINDOW = 4;

function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The parts of a factual complaint found within STRUCTURE_WINDOW consecutive sentences (the window
 * with the most parts), ignoring sentences that are the sender's own or a third party's news.
 * `failures` are the spans of failure cues (the cue table's shortfalls); `tokens` are measure's tokens of
 * `masked`, read sentence by sentence through their spans rather than tokenized again.
 */
export function complaintStructure(masked: string, owners: SentenceOwner[], failures: readonly Span[], tokens: Token[]): StructureEvidence {
  const perSentence: StructureEvidence[] = owners.map((o) => {
    if (o.owner === 'sender' || o.owner === 'news') return NO_PARTS;
    const s = masked.slice(o.start, o.end);
    REMEDY.lastIndex = 0;
    const remedies = [...s.matchAll(REMEDY)].map((m) => ({ start: o.start + m.index, end: o.start + m.index + m[0].length }));
    // A failure cue is a shortfall unless it is the remedy ask itself ("we need the slides redone").
    const cue = failures.some((f) => overlaps(f, o) && !remedies.some((r) => overlaps(r, f)));
    const words = tokens.slice(tokenIndexAt(tokens, o.start), tokenIndexAt(tokens, o.end));
    return { shortfall: cue || has(SHORTFALL, s) || NOT_RECEIVED(words), reference: has(REFERENCE, s) || datedPast(words), cost: has(COST, s), remedy: remedies.length > 0 };
  });
  let best = NO_PARTS;
  let bestCount = -1;
  for (let i = 0; i < Math.max(perSentence.length - STRUCTURE_WINDOW + 1, 1); i++) {
    const w = perSentence.slice(i, i + STRUCTURE_WINDOW);
    const e = Object.fromEntries(PARTS.map((p) => [p, w.some((x) => x[p])])) as unknown as StructureEvidence;
    const count = PARTS.filter((p) => e[p]).length;
    if (count > bestCount) [best, bestCount] = [e, count];
  }
  return best;
}

/** How many parts beyond the first the message has (0–3): one part alone is everyday mail. */
export function structureFeature(e: StructureEvidence): number {
  return Math.max(0, PARTS.filter((p) => e[p]).length - 1);
}

/**
 * A friendly email that turns to a complaint ("On a less fun note, the deliveries have been late every
 * week"; "One thing I do need to raise though"; a paragraph opening "One thing –" or "Quick one on the statement"; "They look great, apart from the gap"): the thanks before the turn are courtesy, as in an email
 * built like a complaint (measure.ts). Only when a complaint cue follows the turn: "one thing I should
 * mention, we close on the 24th" is not one.
 */
const TURN = new RegExp(
  String.raw`\bon\s+a\s+(?:less|slightly\s+less|not\s+so|more\s+serious)\s+(?:fun|positive|happy|cheerful|good|pleasant|rosy|upbeat|note)\b|\bone\s+(?:other\s+)?thing\s+(?:i|we)\s+(?:do\s+|really\s+)?(?:need|have|must|should|want)\s+to\s+(?:raise|flag|mention|bring\s+up|point\s+out)\b|\bone\s+thing\s+(?:i|we)\s+should\s+(?:mention|flag|say)\b|\b(?:the|my|our)\s+(?:one|only)\s+(?:small\s+|minor\s+|real\s+)?(?:niggle|gripe|grumble|complaint|disappointment)\b|\bless\s+(?:good|great)\s+news\b|\bwhile\s+(?:i|we)\s+have\s+you\b|\b(?:slightly|a\s+bit|rather)\s+awkward\s+one\b|\b(?:slightly\s+|a\s+bit\s+)?less\s+fun\s+one\b|\b(?:i\s+)?(?:don${A}t|do\s+not)\s+want\s+to\s+make\s+a\s+(?:big\s+)?(?:thing|deal|fuss)\s+(?:of|about)\s+(?:it|this),?\s+but\b|\b(?:great|good|fine|lovely|perfect|brilliant|excellent)\s*,?\s+(?:apart\s+from|except\s+for)\b|(?<=^|\n)[ \t]*one\s+(?:other\s+|more\s+)?thing\s*(?:[-\x96\x97:,]|though\b)|(?<=^|\n)[ \t]*quick\s+one\s+on\b`,
  'gi',
);

export function turnsToComplaint(masked: string, complaints: readonly Span[]): boolean {
  for (const m of masked.matchAll(TURN)) {
    const end = m.index + m[0].length;
    if (complaints.some((c) => c.start >= end)) return true;
  }
  return false;
}
