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
  // "the swatches I sent you": the one sent to, not the one who did it
  'sent', 'gave', 'paid', 'emailed', 'showed', 'asked', 'owed',
  // "let me know what you need": the one asked, not the one who did it
  'what',
]);
const YOU = new Set(['you', "you've", "you'd", "you're", "you'll"]);
const YOUR = new Set(['your', 'yours', 'yourself', 'yourselves']);

/** "Sorry we're behind on the feedback, but your team…": what follows "but" is the point, unless it asks ("…, but is there anything you can do?", "…, but we'd like to report it properly") or gives the sender's reason ("…, but because staff sign in through our SSO, our insurer has asked…"). */
const NO_BUT = String.raw`(?![^.!?\n]{0,80}?\bbut\b(?!\s+(?:could|can|would|will|please|because|since|as\s+a\s+precaution|just\s+in\s+case|to\s+be\s+(?:safe|sure)|is\s+there|are\s+there|is\s+it\s+possible|do\s+you\s+(?:know|think|have)|any\s+chance|(?:we|i)${A}d\s+like\s+to)\s))`;

/**
 * The sender owning the trouble in words that point back at the sentence before: "We still don't have
 * the copy. That delay is ours, not yours."; "(a cheap courier, my own choice)".
 */
const OWNED_BACK = String.raw`(?:(?:that|this|it|which)(?:\s+one)?(?:${A}s|\s+is|\s+was)\s+(?:\w+\s+)?(?:ours|mine|on\s+(?:us|me|management|our\s+side|our\s+end))|(?:that|this|the)\s+(?:delay|mistake|error|hold-up|slip|problem)\s+(?:is|was)\s+(?:\w+\s+)?(?:ours|mine|on\s+(?:us|me))|(?:my|our)\s+own\s+(?:choice|decision|call))\b`;
const POINTS_BACK = new RegExp(OWNED_BACK, 'i');

/** "This is just me being nervous", "I'm probably being impatient": the sender's own worry, not a fault found. */
const JUST_NERVOUS = String.raw`(?:this\s+is|it${A}s|i${A}m|i\s+am)\s+(?:just|probably|only)\s+(?:me\s+)?being\s+(?:nervous|anxious|impatient|paranoid|overly\s+cautious|cautious|twitchy)`;

/** The sender says outright that the trouble is theirs, or not the recipient's: this beats "your". */
const SENDER_OWNS = new RegExp(
  String.raw`\b(?:(?:my|our)\s+(?:own\s+)?(?:mistake|fault|error|oversight|doing)|(?:which|that)\s+is\s+our\s+(?:own\s+)?problem\b|(?:any|no)\s+reflection\s+on\s+(?:you|your)\b|things(?<!\byour\b[^.!?\n]{0,40}things)\s+(?:fell|slipped)\s+through\s+the\s+cracks\b(?![^.!?\n]{0,30}?\b(?:your|you)\b)|(?:isn${A}t|is\s+not|wasn${A}t|not)\s+(?:a\s+)?(?:complaint|criticism)\s+(?:about|of|at)\s+(?:you|your)\b|(?:don${A}t|do\s+not)\s+(?:read|take|see)\s+(?:it|this)\s+as\s+(?:a\s+)?(?:complaint|criticism)\b|(?:my|our)\s+bad\b|(?<!\b(?:isn${A}t|is\s+not|wasn${A}t|was\s+not|not)\s+(?:an?\s+)?(?:[\w-]+\s+)?)(?:mistake|error|problem|issue|fault|outage|glitch|delay|slip)s?\s+(?:\w+\s+)?(?:on|at|from)\s+(?:my|our)\s+(?:side|end|part)|(?:is|was|are|were)\s+(?!not\b|never\b)(?:\w+\s+)?(?:on|at)\s+(?:my|our)\s+(?:side|end)` +
    String.raw`|not\s+(?:you|yours|your\s+(?:\w+\s+)?(?:fault|doing|problem|side|end|team|people|work|design|platform|system|service|firm|company|business|agency|office|staff))` +
    // their own payment running late: "our payment run for September will be about a week late"
    String.raw`|(?:our|my)\s+(?:payment|payment\s+run|pay\s+run|remittance|transfer)\b[^.!?\n]{0,40}?\b(?:will\s+be|is\s+going\s+to\s+be|may\s+be|might\s+be)\s+(?:\w+\s+){0,3}?late\b` +
    // "advance warning that payments for October and November invoices may be up to two weeks late"
    String.raw`|\bpayments?\s+for\s+(?:[\w-]+\s+){0,4}?invoices?\s+(?:may|will|might)\s+be\s+(?:\w+\s+){0,4}?late\b` +
    String.raw`|(?:i|we)\s+owe\s+(?:you|your\s+(?:\w+\s+)?(?:team|staff|people))\s+an\s+apology|(?:i|we)\s+apologi[sz]e\s+for\s+the\s+(?:short\s+notice|late\s+notice|delay\s+(?:on|from)\s+our)|(?:our|my)\s+apologies\s+for\s+(?:the|our|my)\s+late\s+(?:payment|reply|response)|nothing\s+to\s+do\s+with\s+(?:you|your)|(?:i|we)(?:${A}ve|${A}d|\s+have|\s+had)?\s+(?:\w+\s+)?(?:forgot(?!\s+to\s+(?:mention|say|add|ask|include|attach)\b)|messed\s+up|mixed\s+up|made\s+a\s+(?:mess|mistake|hash|muddle))` +
    String.raw`|(?:i|we)(?:${A}d|${A}ve|\s+had|\s+have)?\s+(?:sent|attached|given|gave|used|put|uploaded)\s+(?:you\s+)?the\s+wrong` +
    // "the haulier we arranged (ex-works, on our account) has lost one of the pallets"; "your side was fine"; "our steel stockholder has let us down"
    String.raw`|our\s+(?:steel\s+|timber\s+|main\s+)?stockholders?\s+(?:has\s+|have\s+)?(?:let\s+us\s+down|failed|delayed|missed|went\s+bust)` +
    String.raw`|(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:haulier|courier|carrier|forwarder|transport\s+company|hire\s+(?:firm|company))\s+(?:that\s+)?(?:we|i)\s+(?:arranged|booked|used|chose|hired|organised|organized)\b(?![^.!?\n]{0,60}?\b(?:from\s+your|through\s+your|on\s+your\s+account|was\s+yours|were\s+yours|your\s+(?:approved|recommended|preferred|nominated))\b)|your\s+(?:side|end|part)\s+(?:was|is)\s+(?:fine|ok|okay|all\s+good|spot\s+on|perfect)\b${NO_BUT}` +
    // "our previous office manager didn't keep the reports you sent": the sender's own side lost them
    String.raw`|(?:our|my)\s+(?:previous|former|old|last)\s+(?:office\s+|site\s+|practice\s+)?(?:manager|administrator|admin|assistant|coordinator|secretary)\s+(?:\w+\s+){0,2}?(?:(?:didn${A}t|did\s+not|never)\s+(?:keep|kept|file|filed|save|saved|store|stored)|lost|deleted|threw\s+(?:away|out))\b|(?:my|our)\s+predecessor\s+(?:\w+\s+){0,2}?(?:(?:didn${A}t|did\s+not|never)\s+(?:keep|kept|file|filed|save|saved)|lost|deleted)\b` +
    // "I don't want it going overdue because of us"
    // "Nothing we did specifically, I think it's general frustration": not the sender's doing either, so not about this relationship
    // "Our new KP signed for Tuesday's delivery without checking it", "(our change, CR-1187)", "we've rolled back part of the change"
    String.raw`|our\s+(?:new\s+)?(?:[\w-]+\s+)?(?:kp|chef|staff|team|receptionist|porter)\s+(?:signed|accepted|took)\s+(?:for\s+)?(?:[\w'’-]+\s+){0,3}?without\s+checking\b|\(our\s+change\b|(?:we${A}ve|we\s+have)\s+rolled\s+back\b` +
    // "Our accounts system automatically rejects invoices without a PO": their own system's rule, not the recipient's fault
    String.raw`|our\s+(?:new\s+)?(?:accounts|finance|payment|purchasing|procurement|ap|invoicing)\s+system\s+(?:automatically\s+)?(?:rejects|won${A}t\s+accept|will\s+not\s+accept|can${A}t\s+accept|cannot\s+accept|needs|requires)\b` +
    String.raw`|nothing\s+(?:we|i)\s+did\s+(?:specifically|in\s+particular|wrong)\b|because\s+of\s+us\b|(?:i|we)\s+(?:wanted|want|need)\s+to\s+apologi[sz]e\s+for\b` +
    // "a problem with the customer sample we sent over", "not our finest hour"
    String.raw`|(?:a|the)\s+(?:problem|issue|mistake|error)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:we|i)\s+(?:sent|supplied|gave\s+you|provided|uploaded|submitted)\b|not\s+(?:our|my)\s+finest\s+hour` +
    // "Our CRM team have just told me the extract pulled the wrong email field": their own people on their own file
    String.raw`|(?:our|my)\s+(?:[\w-]+\s+)?team\s+(?:have|has)\s+(?:just\s+)?(?:told|informed)\s+(?:me|us)\s+(?:that\s+)?(?:the|our)\s+(?:[\w-]+\s+)?(?:extract|export|file|upload|data|list|spreadsheet)\s+(?!(?:you|your)\b)` +
    // "our legal team still haven't signed off the wording": waiting on the sender's own people
    String.raw`|(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:team|department|legal|lawyers|board|finance|boss|manager|director|ceo|cfo|md)s?\s+still\s+(?:haven${A}t|hasn${A}t|have\s+not|has\s+not)\b` +
    // "I'm a bit nervous I've got the paperwork wrong", "stuck because of something we've missed"
    String.raw`|(?:nervous|worried|afraid|concerned)\s+(?:that\s+)?(?:i|we)${A}ve\s+got\s+(?:the\s+|something\s+)?(?:[\w-]+\s+)?wrong|because\s+of\s+(?:something|anything)\s+(?:we|i)${A}ve\s+(?:missed|done|forgotten)` +
    // "I'm fairly sure it's us", "if it was us", "we seem to have lost the key" (not "we have lost the venue": that can be news)
    String.raw`|(?:i${A}m|i\s+am|we${A}re|we\s+are)\s+(?:fairly\s+|pretty\s+|quite\s+|almost\s+)?(?:sure|certain|convinced)\s+(?:it${A}s|it\s+(?:is|was))\s+(?:us|me)\b|if\s+it\s+(?:was|is|turns\s+out\s+to\s+be)\s+(?:us|me)\b|(?:i|we)\s+(?:seem|appear)\s+to\s+(?:have|${A}ve)\s+lost\b|(?:i|we)(?:${A}ve|\s+have)?\s+lost\s+(?:the|our|my)\s+(?:[\w-]+\s+)?(?:keys?|fob|card|password|login|code|paperwork|form|receipt|copy)\b` +
    String.raw`|(?:we|i)\s+(?:did\s+|really\s+)?let\s+(?:our\s+)?(?:customers|clients|guests|members|users|tenants|residents|people)\s+down` +
    // "I know you said Friday, so this is just me being nervous!": the worry is the sender's own
    String.raw`|${JUST_NERVOUS}` +
    // "our registration platform has had a glitch": the sender's own system
    String.raw`|(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:platform|system|software|portal|website|app)\s+(?:has\s+had|had|is\s+having|was\s+having)\s+(?:a|an|some)\s+(?:\w+\s+)?(?:glitch|bug|fault|problem|outage|issue)s?\b` +
    // "still nothing from our legal team": waiting on the sender's own people
    String.raw`|still\s+(?:nothing|no\s+\w+|waiting)\s+(?:back\s+)?(?:from|on)\s+(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:team|department|legal|lawyers|board|finance|side|end|ceo|cfo|md|director|boss|manager)s?\b` +
    // "your invoices for January have not yet been paid": the client is the one who pays
    String.raw`|(?:your|the)\s+invoices?\s+(?:[\w-]+\s+){0,6}?(?:ha(?:s|ve)\s+not|haven${A}t|hasn${A}t)\s+(?:yet\s+|still\s+)?been\s+paid` +
    // "Probably I am doing something wrong"
    String.raw`|(?:i|we)(?:${A}m|${A}re|\s+am|\s+are|\s+must\s+be|\s+might\s+be|\s+may\s+be)\s+(?:probably\s+|just\s+)?doing\s+something\s+wrong` +
    // "I've managed to lock myself out by getting the password wrong too many times"
    String.raw`|(?:i|we)(?:${A}ve|\s+have)?\s+(?:somehow\s+|just\s+)?managed\s+to\s+(?:lock|delete|break|lose|wipe|overwrite|erase|corrupt|mess\s+up|forget|drop|spill)\b|\block(?:ed)?\s+(?:myself|ourselves)\s+out\b` +
    // "The PO I sent on Monday was for the wrong cost centre"
    String.raw`|the\s+(?:\w+\s+)?\w+\s+(?:i|we)(?:${A}d|\s+had)?\s+(?:sent|gave\s+you|attached|uploaded|submitted|provided|raised|issued|filled\s+in)\b[^.!?\n]{0,40}?\b(?:was|were|is|are|had)\s+(?:\w+\s+){0,3}?(?:wrong|incorrect|out\s+of\s+date|outdated|missing|invalid)\b` +
    // "I sent you the draft version of the manual instead of the final one"
    String.raw`|(?:i|we)(?:${A}d|${A}ve|\s+had|\s+have)?\s+(?:sent|attached|given|gave|used|uploaded)\s+(?:you\s+)?(?:the|an?|our|my)\s+(?:\w+\s+){0,8}?instead\s+of\b` +
    // "Apologies, I know it was due last week": the sender owns the lateness
    // "I know these should have been with you six weeks ago"
    String.raw`|(?:i|we)\s+know\s+(?:it|this|that|these|those|they|the\s+(?:payment|invoice|transfer|reply|papers|documents|files|figures|accounts))\s+(?:should(?:${A}ve|\s+have)\s+been|(?:was|is|were|are|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:due|overdue|late))\b${NO_BUT}` +
    // "Apologies – you should have had this payment a week ago."
    String.raw`|(?:sorry|apologies|apologise|apologize)\b[^.!?\n]{0,12}?\byou\s+should(?:${A}ve|\s+have)\s+(?:had|received|got)\b` +
    // "Sorry it was a week late", "apologies that our payment is overdue", "sorry for replying so late": their own lateness
    // "I'm writing to apologise that invoice 4471 is now twelve days overdue": whatever is late, the apology owns it
    String.raw`|(?:sorry|apologies|apologise|apologize)\s+(?!to\b)(?:that\s+)?(?:(?!you\b|your\b)[\w-]+\s+){0,4}?(?:was|were|is|are|am|has\s+been|have\s+been|(?:it|that|we|i)${A}(?:s|m|re))\s+(?:\w+\s+){0,3}?(?:late|delayed|overdue|behind)\b${NO_BUT}` +
    String.raw`|(?:sorry|apologies)\s+for\s+(?:being|paying|replying|responding|getting\s+back)\s+(?:\w+\s+){0,2}?late\b${NO_BUT}` +
    // "payment delayed, our apologies", "overdue — sorry, it's been chaos": an apology after the lateness owns it too
    String.raw`|(?:late|delayed|overdue|behind)\b[^.!?\n]{0,40}?(?:(?:our|my)\s+apologies|\bsorry\b(?!\s+(?:to|but)\b))${NO_BUT}` +
    // "Not a great look, I know.": a bare admission
    String.raw`|,\s*(?:i|we)\s+know\s*[.!]*\s*$` +
    // "bad news our end": the sender announces their own news
    String.raw`|(?:news|update)\s+(?:(?:on|at|from)\s+)?(?:my|our)\s+(?:side|end)` +
    // "That delay is ours, not yours", "that's on management here", "the courier I booked (my own choice)"
    String.raw`|${OWNED_BACK}` +
    // the anger of the sender's own boss is aimed at the sender's own side: "Our CEO is furious with my team"
    String.raw`|(?:furious|angry|unhappy|upset|annoyed|cross|livid|frustrated|disappointed|not\s+impressed)\s+with\s+(?:me|us|myself|ourselves|(?:my|our)\s+(?:own\s+)?(?:team|department|staff|people))\b` +
    // acceptance: the feeling is not held against anyone ("Disappointing, but these things happen")
    String.raw`|(?:these\s+things\s+happen|(?:that${A}s|that\s+is|such\s+is)\s+(?:the\s+market|life)|it\s+is\s+what\s+it\s+is|can${A}t\s+be\s+helped|(?:nobody|no\s+one)${A}s\s+fault|disappointing\s+for\s+(?:all\s+of\s+us|everyone|both\s+of\s+us|us\s+all))(?=\s*(?:[.!,;)]|$)))\b`,
  'i',
);

/** A provider's announced change: "Stripe emailed us last night saying they're deprecating the old API version". */
const ANNOUNCED_CHANGE = String.raw`(?:emailed|wrote\s+to|notified|told)\s+us\b[^.!?\n]{0,40}?\b(?:they|it)(?:${A}re|${A}s|\s+are|\s+is|\s+were|\s+was|\s+had|\s+have|\s+will\s+be)?\s+(?:deprecating|retiring|discontinuing|sunsetting|changing|migrating|moving|switching\s+off|turning\s+off)`;
/** The sender's bank or payment processor held the money: "our bank flagged it as a new payee and froze it". */
const PAYMENT_HELD = String.raw`(?:(?:our|my|the|their)\s+(?:bank|payment\s+(?:processor|provider))\s+(?:\w+\s+){0,5}?(?:held|flagged|blocked|froze|frozen|rejected|returned|bounced|declined|stopped|delayed|paused|confirmed|put\s+a\s+hold|migrated|cancell?ed)|(?:held|flagged|blocked|frozen|rejected|returned|bounced|declined|stopped)\s+(?:back\s+)?by\s+(?:our|my|the)\s+bank\b(?![^.!?\n]{0,40}?\b(?:because|as)\s+(?:of\s+)?(?:you|your)\b))`;
/** "I'll be recharging it to the tenant this time": the tenant caused it. */
const RECHARGED = String.raw`recharg\w*\s+(?:it|this|the\s+(?:cost|bill|invoice|call-?out))\s+(?:back\s+)?to\s+the\s+(?:tenant|customer|guest|landlord|occupier)`;
const CARRIER = String.raw`(?:dhl|fedex|ups|usps|royal\s+mail|parcelforce|dpd|evri|hermes|tnt|yodel|aramex|australia\s+post|canada\s+post)`;
/** A tenant who will not let anyone in: the client's access problem, however often the recipient's team has tried. */
const NO_ACCESS = String.raw`(?<!\b(?:says?|said|claims?|claimed|because)\b[^.!?\n]{0,20})(?:tenant|resident|occupant|occupier|leaseholder)s?\s+(?:still\s+)?(?:won${A}t|will\s+not|refuses?|refused|keeps\s+refusing)\s+(?:to\s+)?(?:let|allow|give|grant|provide)\b(?![^.!?\n]{0,60}?\b(?:because|as)\s+(?:of\s+)?(?:you|your)\b)`;
/** Trouble from outside both firms (or from the sender's own staff and systems) that is news wherever it is told, and can explain a whole message (CAUSE). Not "it went down a storm", which is praise. */
const DISASTER =
  String.raw`(?:amber|red)\s+(?:weather\s+|wind\s+|snow\s+|rain\s+|ice\s+)?warning|` +
  // the sender's own people or systems: "our employee, Tom Gibbs, reversed into a bollard", "because of a fault in our building management system"
  String.raw`our\s+(?:own\s+)?(?:employees?|staff\s+member|member\s+of\s+staff|colleagues?|drivers?|operators?|operatives?)\b[^.!?\n]{0,40}?\b(?:(?:reversed|crashed|backed|scraped|clipped)\s+(?:in)?to|dropped|knocked\s+over)\b|(?:because\s+of|due\s+to|caused\s+by)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:fault|failure|glitch|error|bug)\s+(?:in|with|on)\s+our\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:system|network|server|software|alarm|platform)\b|(?:because\s+of|due\s+to|caused\s+by)(?<!\b(?:apparently|supposedly|allegedly|you\s+say|we${A}re\s+told)\b[^.!?\n]{0,20}(?:because\s+of|due\s+to|caused\s+by))\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:problem|issue|fault|breakdown|fire|strike|outage)\s+at\s+the\s+(?:mill|steelworks|smelter|refinery|quarry|port|docks?)\b(?![^.!?\n]{0,30}?\b(?:apparently|supposedly|allegedly)\b)|vandal(?:s|ism|ised)|(?:kids|youths|vandals|thieves|they${A}ve)\s+(?:have\s+|had\s+)?(?:smashed|broken\s+into|damaged|stolen)|gone\s+(?:off\s+)?(?:on\s+)?(?:long-term\s+)?sick\s+leave|met\s+office|storm(?<!\b(?:went|go|goes|going|gone)\s{1,3}down\s{1,3}a\s{1,3}storm)|(?:power\s+network|network\s+operator|electricity\s+board|grid)\s+(?:\w+\s+){0,2}?(?:cut|switched\s+off|turned\s+off)\s+(?:our|the)\s+(?:supply|power)|(?:air\s+traffic\s+control|atc|rail|train|tube|port|dock|postal|airport|baggage\s+handlers?|national|general)\s+strikes?|strike\s+action|flood(?:ed|ing)?|power\s+(?:cut|outage|failure)|lost\s+power|ransomware|malware|phishing(?!\s+(?:simulation|test|training|exercise|campaign|awareness))|(?:account|email|mailbox|inbox)\s+(?:was|were|has\s+been|had\s+been|appears\s+to\s+have\s+been)\s+(?:hacked|compromised)|(?:field\s+)?safety\s+notice|product\s+recall|cyber[- ]?attack|collision|burst\s+pipe|(?:pipe|hose|tank|boiler|radiator|cylinder)\s+(?:has\s+|had\s+)?burst|(?:sprinkler|water|mains)\s+(?:line|pipe|main)\s+burst|our\s+(?:\w+\s+)?provider\s+(?:is\s+having|has|had)\s+(?:a\s+)?(?:major\s+|big\s+|widespread\s+)?(?:outage|incident)|(?:microsoft|aws|amazon|azure|google|cloudflare|salesforce|github|stripe|okta|zoom|slack)\s+(?:had|has\s+had|is\s+having|was\s+having|suffered|reported)\s+(?:a\s+)?(?:major\s+|big\s+|widespread\s+|global\s+)?(?:[\w-]+\s+){0,3}?(?:outage|incident|disruption)|(?:claim|complaint)\s+with\s+(?:${CARRIER}|the\s+courier)|(?:car|road|traffic|motor)\s+accident|(?:was|were)\s+in\s+an?\s+(?:\w+\s+){0,2}?(?:accident|crash)|(?:the\s+)?other\s+(?:driver|vehicle|car)\s+(?:reversed|drove|crashed|ran|pulled\s+out)|poured\s+(?:a\s+)?(?:drink|coffee|tea|water|juice|squash|liquid)\s+(?:into|over|on)`;

/** "Our bank has had a problem with its payments platform", "our bank changed its authorisation process", "moved us onto a new platform": outside both firms, and reason enough for a late payment. */
const BANK_TROUBLE = String.raw`(?:(?:we${A}ve|we\s+have)\s+(?:moved|changed|switched)\s+banks\b|(?:our|my)\s+bank\s+(?:\w+\s+){0,2}?(?:(?:had|has\s+had|is\s+having|was\s+having)\s+(?:a|an|some)\s+(?:\w+\s+){0,2}?(?:outage|problems?|glitch|fault|issues?|errors?)|changed\s+(?:its|their|the)|(?:moved|migrated|switched|(?:been\s+)?(?:moving|migrating|switching))\s+(?:us|our\s+(?:[\w-]+\s+)?accounts?)\b|told\s+us\s+(?:that\s+)?(?:a|an)\s+(?:glitch|error|problem|fault))|(?:our|my)\s+bank${A}s\s+(?:error|mistake|glitch|fault)|(?:a|an)\s+(?:\w+\s+)?(?:problem|issue|glitch|fault|error)\s+(?:at|with)\s+(?:our|my)\s+bank\b|(?:our|my)\s+(?:old\s+|previous\s+)?bank\s+(?:has|have)\s+been\s+(?:an?\s+)?(?:absolute\s+|complete\s+|total\s+)?(?:nightmare|disaster|useless|awful|terrible)|(?:our|my)\s+bank${A}s\s+(?:[\w-]+\s+){0,2}?(?:platform|system|portal|website|app)\s+(?:has\s+been|is|was|went)\s+(?:down|offline))`;
/** "Our parent company has cut the regional marketing budget by 40%", "our budget for next year has been cut": the sender's own business, and reason enough for what follows. */
/** UK banks by name, beside "the bank" and "our bank". */
const BANKS = String.raw`(?:barclays|hsbc|lloyds|natwest|santander|metro\s+bank|tsb|starling|monzo)`;
/** "Carters Home Stores have gone into administration": a business failing, news and reason enough for what follows (not "asking if we've gone bust"). */
const WENT_UNDER = String.raw`(?:went\s+bust|(?:went|gone|going)\s+into\s+(?:administration|liquidation|receivership))`;
/** The building trades a client hires for its own premises: "our electrical contractor", "the plasterers". */
const BUILDING_TRADES = String.raw`(?:contractors?|electricians?|plasterers?|builders?|plumbers?|decorators?)`;
/** "One of our managers had her work laptop stolen from her car": a theft, reason enough for what follows. */
const STOLEN = String.raw`(?:had\s+(?:her|his|their|my|our)\s+(?:[\w-]+\s+){0,2}?(?:laptop|phone|mobile|car|van|bag|wallet|keys?|tablet)\s+stolen|(?:laptop|phone|mobile|van|car|bag|tablet)\s+(?:was|were|has\s+been|got)\s+stolen)`;
/** "We've made the decision to close the bakery", "rising costs have caught up with us", "the Leeds office will close", "we've agreed the sale of the shop": the sender's own business ending, reason enough for what follows. */
const CLOSING_DOWN = String.raw`(?:(?:decision|decided)\s+to\s+close\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:business|company|shop|bakery|restaurant|cafe|café|practice|store|doors)|(?:we${A}re|we\s+are)\s+closing\s+(?:the\s+business|down|our\s+doors)|rising\s+costs\s+have\s+(?:\w+\s+)?caught\s+up\s+with\s+us|(?:office|site|branch|shop|store|depot|warehouse)\s+(?:at\s+[\w\s]{1,30}?\s+)?(?:will|is\s+going\s+to|is\s+due\s+to)\s+close\b|(?:we${A}re|we\s+are)\s+consolidating\s+our|(?:decided|decision)\s+to\s+retire|agreed\s+the\s+sale\s+of\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:business|company|shop|restaurant|cafe|café|practice|store|hotel|pub|site)|(?:we${A}re|we\s+are|we${A}ve|we\s+have)\s+(?:sold|selling)\s+the\s+(?:business|company)|close\s+down\s+(?:the\s+|our\s+|my\s+)?(?:business|company|firm|[\w&-]+(?:\s+[\w&-]+){0,3}\s+(?:ltd|limited)))`;
const BUDGET_CUT = String.raw`(?:cuts?\s+to\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:grant|funding|budget)|(?:our|my)\s+budget\s+(?:for\s+(?:next|this)\s+(?:year|quarter)\s+)?(?:has\s+been|have\s+been|was|is\s+being)\s+(?:cut|slashed|frozen|reduced|halved)|(?:our|my)\s+(?:parent\s+company|head\s+office|group|owners?|investors?|board|ceo|cfo|finance\s+(?:team|director))\s+(?:has\s+|have\s+|had\s+)?(?:cut|slashed|frozen|reduced|halved|withdrawn)\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:budget|funding|spend))`;

/**
 * The sender's (or a third party's) misfortune: illness and family news, travel, the weather, their
 * own business results and decisions others made about them. It yields to the recipient's agency
 * in the same sentence ("we lost the contract because your report was late").
 */
const THEIR_NEWS = new RegExp(
  String.raw`\b(?:off\s+sick|signed\s+off\s+(?:sick|work|ill)|sick(?!\s+and\s+tired\b)|unwell|in\s+hospital|surgery|bereavement|funeral|passed\s+away|family\s+emergency|maternity|paternity|jury\s+service` +
    // the sender's own contractor's view or delay ("Our alarm maintenance company think it's a faulty detector"),
    // their delegations still to confirm, the independent lab's equipment failure, a letter from someone else about themselves, an owner on the phone,
    // another contractor on their site ("the electrical contractor ... trenched through", "the contractors ... have been parking")
    String.raw`|(?:the|our)\s+(?:[\w-]+\s+)?contractors?\s+(?:[\w-]+\s+){0,8}?(?:have\s+been\s+|has\s+been\s+)?(?:trenched|cut|damaged|dug|hit|broke|parking|parked|blocking|blocked)\b` +
    String.raw`|(?:had|received|got)\s+(?:a\s+)?(?:letter|notice)\s+from\s+(?!you\b|your\b)[\w&'’\s]{1,40}?\s+saying\s+(?:they${A}re|they\s+are|they${A}ve|they\s+have|their)\b|(?:we${A}ve|we\s+have|i${A}ve|i\s+have)\s+had\s+(?:mr|mrs|ms|miss|dr)\.?\s+\w+\s+on\s+the\s+phone\b` +
    String.raw`|(?:the|our)\s+(?:independent\s+|external\s+|other\s+)?(?:lab|laboratory|test\s+house)\s+(?:have|has)\s+had\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:failure|breakdown|fault|outage)\b` +
    String.raw`|still\s+waiting\s+(?:on|for)\s+(?:\w+\s+of\s+)?(?:the|our)\s+(?:[\w-]+\s+)?(?:delegations?|delegates|speakers|council|committee|funders?|members|board|trustees)\b` +
    String.raw`|our\s+(?:[\w-]+\s+){0,2}?(?:maintenance|alarm|heating|cleaning|security|electrical)\s+(?:company|firm|contractors?)\s+(?:think|thinks|say|says|can${A}t|cannot|couldn${A}t|won${A}t)\b` +
    String.raw`|(?:my|our)\s+(?:\w+\s+)?(?:flight|train|connection|ferry)|(?:flight|train)s?\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:cancelled|canceled|delayed)` +
    String.raw`|(?:i|we)(?:${A}m|${A}re|\s+am|\s+are|\s+was|\s+were|\s+got)\s+stuck\s+(?:in|at|on)` +
    String.raw`|${DISASTER}|snow(?:ed|fall)?|heatwave|strike\s+action|rail\s+strike|road\s?works` +
    String.raw`|(?:i|we)(?:${A}ve|\s+have)?\s+(?:just\s+)?had\s+(?:a|an)\s+(?:\w+\s+)?(?:fire|break-in|burglary|leak)|(?:i|we)(?:${A}ve|\s+have)?\s+(?:just\s+)?had\s+(?:intruders|vandals|trespassers|thieves)\b` +
    String.raw`|${STOLEN}` +
    String.raw`|(?:our|my)\s+[^.!?\n]{0,60}?\b(?:has\s+been|was|is\s+being)\s+(?:seconded|redeployed)|(?:his|her|their)\s+(?:attorney|lawyer|solicitor|counsel)|(?:patient|customer|client|tenant|guest|resident|parent)s?\s+(?:(?:\w+\s+){0,8}?(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?)?(?:claiming|threatening|suing|alleging)|(?:(?:cllr|councillor)(?<!\b(?:copying|copied\s+in|cc${A}?(?:ing)?|cc:)\s{1,3}(?:in\s{1,3})?(?:cllr|councillor))|the\s+(?:paper|press|journalist|reporter(?!\s+(?:no-?show|arrived|turned\s+up|was\s+late))|article|piece|editor|tabloid))\b(?!\s+(?:towels?|work|trail|cop(?:y|ies)|version|forms?|invoices?|bags?|cups?|supplies|stock|sizes?|trays?|jams?|release|kit|pack|fit|run|proofs?|stock|records?|files?|ballot|statements?)\b)|(?:virus|phishing|hacking|security)\s+(?:scare|attack|incident)|(?:we|i)\s+(?:were|was|got|have\s+been|${A}ve\s+been)\s+hacked|hiring\s+freeze|(?:nightmare|hellish|manic|crazy)\s+(?:day|week|month|fortnight)` +
    String.raw`|(?:our|my)\s+(?:own\s+)?(?:data\s*cent(?:re|er)|server\s+room|office|building|warehouse|plant|factory|site)\b[^.!?\n]{0,40}?\b(?:had|has\s+had|suffered)\s+(?:a|an)\s+(?:\w+\s+){0,3}?(?:failure|outage|fault|fire|flood|power\s+cut|breakdown)` +
    String.raw`|${BANK_TROUBLE}` +
    // feelings and threats of the sender's own customers, passed on: "a few angry emails from customers", "one customer is threatening a chargeback"
    String.raw`|(?:angry|furious|irate|upset|unhappy)\s+(?:emails?|calls?|messages?|reviews?|customers?|clients?|users?|guests?|callers?)` +
    String.raw`|(?:one|a|some|several|two|three|a\s+few|many)\s+(?:of\s+(?:our|my)\s+)?(?:customers?|clients?|users?|guests?|tenants?|patients?|members?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?threatening` +
    String.raw`|\b(?:he|she)(?:${A}s|\s+is)\s+(?:now\s+|also\s+)?threatening\b|\bthe\s+(?:passenger|customer|guest|patient|tenant|resident|parent)\s+is\s+(?:very\s+|extremely\s+|really\s+|clearly\s+)?(?:unhappy|upset|angry|furious)\b` +
    String.raw`|(?:one|some|several|two|three|a\s+few|many)\s+of\s+(?:our|my)\s+(?:customers|clients|users|guests|tenants|patients|members)\s+(?:\([^)\n]{0,40}\)\s+)?(?:has\s+|have\s+)?(?:complained|wrote\s+in|emailed\s+us)\b` +
    String.raw`|(?:i|we)(?:${A}ve|\s+have)?(?:\s+just)?\s+(?:lost|didn${A}t\s+win|did\s+not\s+win|missed\s+out\s+on)\s+(?:a|an|the|our|another|two|three|one\s+of\s+our)\s+(?:\w+\s+){0,2}?(?:tender|pitch|bid|contract|deal|client|customer|distributor|account|funding|grant|case|sale|investor|sponsor|appeal|venue|lease|premises|site|slot)s?` +
    String.raw`|(?:i|we)(?:${A}ve|\s+have)?\s+lost\s+some\s+(?:\w+\s+)?(?:stock|inventory|equipment)` +
    String.raw`|(?:our|my)\s+(?:\w+\s+)?(?:budget|funding|sales|revenue|turnover|profits?|margins?|share\s+price|headcount)\s+(?:\w+\s+){0,2}?(?:cut|slashed|frozen|reduced|down|fell|fallen|dropped|halved)` +
    String.raw`|(?:sales|revenue|turnover|profits?|orders)\s+(?:are|were|is|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:down|poor|weak|flat)` +
    // "the county's capital grant has been reduced"
    String.raw`|\b(?:grant|funding|budget|allocation)\s+(?:has\s+been|had\s+been|was|is\s+being)\s+(?:cut|reduced|slashed|frozen|withdrawn|halved)` +
    // "Our parent company has cut the regional marketing budget by 40%"; a paper's piece on the sender
    String.raw`|${BUDGET_CUT}` +
    String.raw`|${CLOSING_DOWN}` +
    // "a letter from the insurers of our neighbour", "solicitors acting for our former sales director": a claim against the sender
    String.raw`|\b(?:insurers|solicitors?|lawyers?)\s+(?:of|for|acting\s+for)\s+(?:our|the)\s+neighbou?rs?\b` +
    String.raw`|\b(?:solicitors?|lawyers?|attorneys?)\s+(?:acting\s+)?(?:for|on\s+behalf\s+of)\s+(?:our|a|an|the|one\s+of\s+our)\s+(?:former\s+|ex-?|previous\s+)?(?:[\w-]+\s+){0,2}?(?:employee|director|manager|tenant|customer|client|member\s+of\s+staff|worker|contractor)\b` +
    String.raw`|\b(?:piece|article|story|report|column)\s+in\s+the\s+(?:telegraph|guardian|times|ft|financial\s+times|mail|sun|mirror|independent|observer|standard|express|local\s+paper|papers?)\b` +
    String.raw`|(?:bad|sad|disappointing|unwelcome|difficult|tough|sobering)\s+news\b` +
    // the sender's business ending or changing hands: "we've sold the shop and I'm retiring", "we're merging with another practice"
    String.raw`|(?:i|we)(?:${A}ve|${A}re|${A}m|\s+have|\s+are|\s+am)?\s+(?:just\s+|recently\s+|now\s+)?(?:sold\s+(?:the|our|my)\s+(?:shop|business|company|practice|firm|store|restaurant|salon|agency|hotel|caf[eé])|retiring|merging\s+with|closing\s+(?:down|the\s+(?:business|shop|practice|store|office))|ceasing\s+trading|winding\s+(?:up|down)\s+(?:the|our|my)\s+(?:business|company|practice))` +
    // a candidate's own decision: "she's accepted a counter-offer from her current employer"
    String.raw`|accepted\s+(?:a|an)\s+(?:counter-?offer|offer\s+elsewhere|(?:another|other)\s+(?:offer|role|job|position))` +
    // someone else's feeling, passed on: "Forwarding the below from one of our members. He's clearly not happy!"
    String.raw`|\b(?:he|she|who)(?:${A}s|\s+is|\s+was|\s+(?:has\s+|had\s+)?(?:been|seemed|seems|looked|looks|sounded|sounds))\s+(?:\(?\w+\)?\s+){0,2}?(?:not\s+happy|unhappy|furious|livid|fuming|angry|upset|cross|annoyed|had\s+enough(?!\s+of\s+(?:the\s+)?(?:missed|late|repeated|constant|broken|failed|wrong|your)\b))` +
    // the sender's previous provider, or someone else's own: "Our last bookkeeper was an absolute nightmare"
    String.raw`|(?:(?:our|my)\s+(?:last|previous|old|former|current|existing)|(?:a|an|the)\s+(?:previous|former))\s+(?:\w+\s+)?(?:bookkeepers?|accountants?|agency|suppliers?|providers?|developers?|designers?|builders?|printers?|landlord|firm|company|vendors?|contractors?|consultants?|lawyers?|solicitors?|cleaners?|recruiters?|host|hosting|labs?|laborator(?:y|ies)|forwarders?|carriers?|couriers?|warehouses?|installers?|it\s+(?:team|provider|company|support))\b` +
    String.raw`|(?:fed\s+up|unhappy|not\s+happy|frustrated|disappointed|annoyed|furious)\s+with\s+(?:(?:his|her|their)\s+(?:own\s+|current\s+)?\w+|them\b|the\s+(?:council|landlord|bank|insurers?|government|hmrc|airline|nhs|icb))` +
    // reviews of the sender's own business: "We got a pretty nasty Google review last night"
    // (one review: "30 one-star reviews mentioning the bug" counts the cost of a failure)
    String.raw`|(?:a|an|one)\s+(?:pretty\s+|really\s+|very\s+|rather\s+)?(?:bad|nasty|negative|terrible|awful|one-star|1-star|poor|scathing|angry|harsh)\s+(?:\w+\s+)?review\b` +
    // the sender's own change of systems: "We moved to a new finance system in October and …"
    String.raw`|(?:i|we)(?:${A}ve|\s+have|${A}re|\s+are)?\s+(?:just\s+|recently\s+|currently\s+)?(?:moved|moving|switched|switching|migrated|migrating|changed|changing|upgraded|upgrading|transitioned)\s+(?:over\s+)?to\s+(?:a\s+|our\s+)?new\s+(?:\w+\s+){0,2}?(?:system|platform|software|provider|bank|tool|process|erp|crm)` +
    // the sender's own carrier: "We sent it with our own courier (Parcelfast)"
    String.raw`|(?:we|i)\s+(?:sent|shipped|posted|booked)\s+(?:it|them|the\s+\w+)\s+(?:with|via|through|using)\s+our\s+(?:own\s+)?(?:courier|carrier|driver|haulier|forwarder)` +
    // the sender's own people or suppliers did it: "our courier lost the parcel", "our printer missed the slot"
    String.raw`|our\s+(?:own\s+)?(?:(?:finance|accounts|payroll|hr|procurement|purchasing)\s+(?:team|department|people)|courier|couriers|hauliers?|driver|photographer|printers?|suppliers?|contractors?|accountants?|lawyers?|solicitors?|agency|developers?|designers?|builders?|engineers?|it\s+(?:team|people|provider)|provider|partners?|clients?|customers?|client${A}s\s+\w+|list\s+broker|broker|wholesaler|distributor|landlord|roofers?|plumbers?|electricians?|(?:central\s+)?stores|goods[- ]in|post\s*room|mail\s*room)\s+(?:(?:seems?|appears?)\s+to\s+have\s+|(?:\w+\s+){0,2}?)(?:lost|broke|damaged|forgot|missed|misplaced|mislaid|keeps?\s+(?:patching|bodging|botching)|dropped|cancell?ed|delayed|failed|changed|rolled\s+out|messed\s+up|let\s+us\s+down|pulled\s+out|went\s+bust|rejected|refused|(?:has\s+)?told\s+us)` +
    String.raw`|our\s+(?:own\s+)?(?:\w+\s+)?(?:manager|director|ceo|boss|head\s+office|headquarters|board|team)\b[^.!?\n]{0,30}?\b(?:is|are|was|were)\s+(?:quite\s+|very\s+|really\s+)?(?:angry|furious|upset|unhappy|annoyed|frustrated)\b(?![^.!?\n]{0,30}?\b(?:with|at|about)\s+(?:you|your)\b|[^.!?\n]{0,40}?\b(?:i|we)(?:${A}m|${A}re|\s+am|\s+are)\s+(?:\w+\s+){0,2}?(?:not\s+happy|unhappy|frustrated|disappointed|annoyed|angry)\b)` +
    // "The bureau has admitted the mistake": someone else's mistake, owned by them
    String.raw`|(?:the|our|my)\s+(?:\w+\s+){1,2}?(?:has|have|had)\s+(?:now\s+|finally\s+|already\s+)?admitted\s+(?:the|its|their|his|her|to\s+the)\s+(?:\w+\s+)?(?:mistake|error|fault|problem|blunder)` +
    String.raw`|${WENT_UNDER}|redundanc(?:y|ies)|lay-?offs|laid\s+off` +
    // "one of our customers – they're not happy at all and are threatening to terminate": the sender's own customer's anger
    String.raw`|(?:one\s+of\s+)?our\s+(?:customers?|clients?|tenants?)\b[^.!?\n]{0,40}?\b(?:are|is|they${A}re|they\s+are|being)\s+(?:not\s+happy|unhappy|threatening|angry|furious|fed\s+up)\b` +
    // "I've asked the channel whether they'll accept them but haven't heard back": waiting on someone else
    String.raw`|(?:i${A}ve|i\s+have|we${A}ve|we\s+have)\s+asked\s+(?:the|our)\s+(?!(?:account\s+)?(?:team|engineer|manager)\b)[\w-]+\b[^.!?\n]{0,60}?\bbut\s+(?:haven${A}t|have\s+not)\s+heard\s+back\b` +
    // "the insurer's adjuster still hasn't signed off": the client's insurer, landlord or council keeping them waiting
    String.raw`|(?:the|our)\s+(?:insurer|insurers|loss\s+adjuster|landlord|council|bank)(?:${A}s?\s+[\w-]+)?\s+(?:still\s+)?(?:hasn${A}t|haven${A}t|has\s+not|have\s+not)\s+(?:yet\s+)?(?:signed|paid|agreed|approved|released|responded|replied|confirmed)\b` +
    // "the container has been held for a customs check": held by customs, whoever shipped it
    String.raw`|(?:container|shipment|consignment|pallets?|goods|parcels?)\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+)?(?:been\s+)?(?:held|stuck|detained)\s+(?:up\s+)?(?:for\s+an?\s+|at\s+|in\s+|by\s+)customs\b` +
    String.raw`|(?:rotten|tough|terrible|rough|difficult|awful|hard|horrible|grim|bad|frustrating|exhausting|stressful)\s+(?:day|week|fortnight|month|quarter|year|(?:phone\s+)?call|meeting|morning|afternoon)` +
    // "Absolute shambles on their end" after the bank's migration (not "a headache at their end" for the sender's treasury team, told inside a complaint)
    String.raw`|(?:shambles|nightmare|chaos|fiasco|useless)\s+(?:on|at)\s+their\s+(?:end|side)\b` +
    String.raw`|(?:the|our)\s+(?:landlord|council|committee|regulator|auditors?|insurers?|other\s+side|candidate|board|investors|directors|trustees|shareholders|planning\s+(?:officer|committee|department))\s+(?:\w+\s+){0,3}?(?:moved?s?\s+the\s+goalposts|keeps?\s+changing|changed\s+(?:its|their|his|her)\s+mind|(?:is|are)\s+now\s+saying|refused|rejected|declined|turned\s+(?:\w+\s+){0,2}?down|cancell?ed|pulled\s+out|withdrew|brought\s+in\s+(?:new|different)|came\s+back\s+(?:\w+\s+){0,3}?(?:and\s+)?said|postponed|hated|objected|said\s+no|went\s+bust|double-booked|won${A}t|will\s+not|wouldn${A}t|can${A}t|cannot|decided\s+(?:not\s+to|against))` +
    // their finding about the sender's own side: "The audit committee found we had signed off two controls without testing them"
    String.raw`|(?:the|our)\s+(?:\w+\s+)?(?:auditors?|committee|regulator|inspectors?|inspection|review|board|investigation)\s+(?:\w+\s+){0,2}?(?:found|discovered|noticed|flagged|showed)\s+(?:that\s+)?(?:we|i|our\s+(?:own\s+)?(?:team|staff|people|department))\b` +
    String.raw`|(?:refused|rejected|declined|turned\s+down)\s+(?:our|my)\s+(?:\w+\s+)?(?:application|appeal|claim|offer|bid|request|listing|proposal))\b`,
  'i',
);

/**
 * Someone outside both firms did it, named as the agent: "our bank flagged the payment for your invoice",
 * "DHL has lost the parcel", "the printer we used messed up the run". It beats "your" as an owner ("your
 * invoice" is only what it happened to) but not "you" as the one who acted.
 */
const THIRD_PARTY_DID = new RegExp(
  String.raw`\b(?:${PAYMENT_HELD}` +
    String.raw`|(?:amazon|ebay|etsy|the\s+marketplace)\s+(?:\w+\s+){0,3}?(?:collected|charged|suspended|blocked|froze|withheld|delisted|deducted)` +
    String.raw`|${NO_ACCESS}` +
    // "the main contractor has told us the roof works are running three weeks late, so … your planned start"
    String.raw`|(?:the|our)\s+(?:main|principal|building)\s+contractors?\s+(?:has\s+|have\s+)?(?:told|informed|advised|warned)\s+us\b` +
    // "Their support say it's a known issue": another vendor's helpdesk, reported on
    String.raw`|\b(?:their|the\s+vendor${A}s|the\s+manufacturer${A}s)\s+(?:support|helpdesk|help\s+desk|service\s+desk)(?:\s+team)?\s+(?:say|says|said|told\s+us|are\s+saying|claim|claims)\b` +
    // "a guest at table 11 was incredibly rude to her": someone else's conduct, even toward the recipient's staff
    String.raw`|(?:a|one|our|the)\s+(?:guest|customer|visitor|attendee|diner|patron)\b[^.!?\n]{0,60}?\b(?:was|were|got|became)\s+(?:\w+\s+)?(?:rude|abusive|aggressive|drunk|difficult|unpleasant)` +
    // "Our landlord's facilities company switched the whole building over to new access cards"
    String.raw`|(?:our|the)\s+landlord(?:${A}s)?\s+(?:\w+\s+){0,3}?(?:switched|changed|cut|locked|turned|replaced|moved|had\s+(?:a|an|some|their)\s+(?:[\w-]+\s+){0,2}?(?:contractors?|builders?|workmen|team))\b` +
    // "our payroll bureau had a system failure", "our electrical contractor has let us down", "our plasterers are running a week behind", no landlord consent yet
    String.raw`|(?:our|the)\s+(?:payroll\s+bureau|payroll\s+provider|software\s+provider|it\s+provider)\s+(?:had|has\s+had|suffered)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:failure|outage|problem|glitch|breach)\b` +
    String.raw`|(?:the|our)\s+(?:[\w-]+\s+){0,2}?${BUILDING_TRADES}\s+(?:has|have)\s+let\s+us\s+down\b` +
    String.raw`|our\s+(?:[\w-]+\s+){0,2}?${BUILDING_TRADES}\s+(?:(?:was|were)\s+(?:meant|supposed|due)\s+to\b|(?:are|is)\s+(?:running\s+)?(?:\w+\s+){0,3}?behind\b)` +
    // "the farmer was supposed to fence it off", "Meadowfield's DC have moved to a new booking-in system"
    String.raw`|the\s+(?:farmer|landowner|landlord|council|venue|caterers?|neighbours?|freeholder|managing\s+agent)\s+(?:was|were)\s+(?:meant|supposed|due)\s+to\b|(?:[\w-]+${A}s\s+)?(?:dc|warehouse|depot|customer|distributor)\s+(?:in\s+\w+\s+)?(?:have|has)\s+(?:just\s+)?moved\s+to\s+a\s+new\s+(?:[\w-]+\s+){0,2}?(?:system|platform|portal)\b` +
    // "we still can't get authorisation from the lease company", "the owner of the building next door has refused to sign"
    String.raw`|(?:can${A}t|cannot|couldn${A}t|could\s+not)\s+get\s+(?:authori[sz]ation|approval|sign-?off|consent)\s+from\s+the\s+(?:lease|leasing|finance|hire|insurance)\s+company\b|(?:neighbours?|next\s+door)\b[^.!?\n]{0,40}?\b(?:has|have)\s+(?:refused|objected)\b` +
    // "the haulier broke down on the M6"
    String.raw`|(?:the|our)\s+(?:haulier|hauliers|courier|lorry|truck|wagon)\s+(?:had\s+)?broke(?:n)?\s+down\b` +
    // "His agency keeps promising them", "they've double-booked the ballroom", "I'm livid with them", "Their audit team isn't happy with us", "but they now want evidence"
    String.raw`|(?:his|her)\s+(?:agency|agent|pa|assistant|office|team)\s+(?:keeps?|kept|has|have|still)\b|\bthey${A}ve\s+double[- ]booked\b|(?:livid|furious|fuming|cross)\s+with\s+them\b|\bbut\s+they\s+(?:now\s+)?(?:want|require|demand|are\s+(?:now\s+)?asking\s+for)\b|(?:their|the)\s+(?:[\w-]+\s+)?team\s+(?:isn${A}t|is\s+not|aren${A}t|are\s+not)\s+happy\s+with\s+us\b` +
    // "Our bank has just added a condition to the facility letter", "We had no warning of this from them", "The seller's replies to CPSEs said there was none",
    // "the owner is understandably very upset", "a whole other conversation with our alarm company"
    String.raw`|(?:our|the)\s+(?:bank|lender)\s+(?:has|have)\s+(?:just\s+)?(?:added|imposed|introduced)\b|\b(?:no\s+warning|no\s+notice|nothing)\s+(?:of\s+(?:this|it)\s+)?from\s+them\b|\bthe\s+seller${A}s\s+(?:replies|answers|solicitors?|agents?)(?:\s+to\s+[\w-]+)?\s+(?:said|say|stated|claimed|have|has)\b` +
    String.raw`|\bthe\s+(?:owner|patient|resident|family|guest|tenant|buyer|council|landlord)\s+is\s+(?:understandably\s+|clearly\s+)?(?:really\s+|very\s+)?(?:upset|distressed|angry|furious|fed\s+up|annoyed|frustrated)\b|\b(?:whole\s+)?(?:other|separate)\s+conversation\s+with\s+our\b` +
    // "the gate company can't get an engineer out", "Cadent have now missed two appointments", "The buyer's changed the split",
    // "the In-Tend portal has been going down" (a tender portal, not the supplier's own customer portal), "Our electrical contractor ... has made a real mess of the walls"
    String.raw`|\bthe\s+(?:gate|lift|alarm|boiler|heating|roofing|security|cleaning)\s+company\s+(?:can${A}t|cannot|couldn${A}t|won${A}t|hasn${A}t|didn${A}t)\b|\b(?:cadent|national\s+grid|openreach|the\s+(?:gas|water|electricity)\s+(?:network|board|company))\s+(?:have|has)\s+(?:now\s+)?(?:missed|cancell?ed|failed)\b` +
    String.raw`|\bthe\s+buyer(?:${A}s|\s+has|\s+have)\s+(?:just\s+)?(?:changed|added|moved|extended)\b|\bthe\s+(?:buyer${A}s|tender|procurement|council${A}s|in-?tend)\s+portal\s+(?:has\s+been|is|was|keeps)\s+(?:going\s+down|down|crashing|timing\s+out|failing)\b|\bour\s+(?:[\w-]+\s+)?${BUILDING_TRADES}\b[^.!?\n]{0,100}?\bmade\s+a\s+(?:real\s+|complete\s+|right\s+|total\s+)?mess\b` +
    // "our security firm left the yard gate in manual override"
    String.raw`|\bour\s+(?:security|cleaning|alarm|maintenance)\s+(?:firm|company|contractor|guards?)\s+(?:left|forgot|didn${A}t|failed)\b` +
    // "we still don't have the keynote speaker's slides"
    String.raw`|(?:still\s+(?:don${A}t|do\s+not|haven${A}t)\s+have|(?:still\s+)?waiting\s+(?:for|on))\s+the\s+(?:[\w-]+\s+)?(?:speaker|customer|landlord|architect|council|venue)${A}s\b` +
    // "I've now requested it from NatWest three times"
    String.raw`|(?:requested|asked\s+for|chased)\s+(?:it|this|them|the\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|document|form|certificate))\s+from\s+(?:${BANKS}|the\s+bank|our\s+bank)\s+(?:\w+\s+)?(?:times|twice)\b` +
    String.raw`|\b(?:still\s+(?:don${A}t|do\s+not)\s+have|(?:still\s+)?waiting\s+(?:for|on))\s+(?:the\s+)?(?:landlord|council|building\s+control)(?:${A}s)?\s+(?:consent|approval|permission|sign-?off)\b` +
    // "the gritting contractor hasn't turned up": the sender's own contractor
    String.raw`|(?:the|our)\s+(?:[\w-]+\s+)?contractors?\s+(?:still\s+)?(?:hasn${A}t|has\s+not|haven${A}t|didn${A}t|did\s+not|never)\s+(?:turned\s+up|shown\s+up|showed\s+up|come|arrived)\b` +
    // "Their managing agent still hasn't given permission", "our broker sat on the letter for a month"
    String.raw`|(?:their|the|our)\s+(?:landlord${A}s\s+(?:managing\s+agents?|surveyors?|solicitors?|agents?)|managing\s+agents?)\s+(?:\w+\s+){0,2}?(?:hasn${A}t|has\s+not|haven${A}t|have\s+not|won${A}t|refused|didn${A}t|did\s+not)\b|(?:our|my)\s+(?:broker|insurer|landlord|accountant|auditor|solicitor|lawyer|bookkeeper)s?\s+(?:\w+\s+){0,2}?(?:sat\s+on|lost|forgot|missed|never\s+(?:sent|told|passed)|(?:still\s+)?(?:haven${A}t|hasn${A}t|have\s+not|has\s+not))\b` +
    // "a glitch on their side sent our payment twice", "the police are investigating"
    String.raw`|(?:a|an|the)\s+(?:glitch|error|problem|fault|mistake)\s+on\s+their\s+(?:side|end)\b|(?:the\s+)?police\s+(?:are|have\s+been)\s+(?:investigating|looking\s+into)\b` +
    // "the police have told us the report won't be released", "Barclays have been doing some kind of system upgrade"
    String.raw`|(?:the\s+)?police\s+(?:have|has)\s+(?:told|said|informed)` +
    String.raw`|(?:${BANKS}|the\s+bank|our\s+bank)\s+(?:have|has)\s+been\s+(?:doing|running|having)\b` +
    String.raw`|${RECHARGED}` +
    // "We had a customer come in Saturday demanding a full refund": the sender's own customer, not us
    String.raw`|(?:we|i)\s+(?:had|got)\s+(?:a|one|an)\s+(?:\w+\s+)?(?:customer|client|guest|tenant|patient|diner|visitor|member\s+of\s+the\s+public)\s+(?:come\s+in|call|ring|phone|email|write|turn\s+up|complain|demand|threaten|leave|post)` +
    // "Stripe emailed us last night saying they're deprecating the old API version"
    String.raw`|${ANNOUNCED_CHANGE}` +
    // "I called the bank hotline and was on hold for 45 minutes", "SARS eFiling crashed twice"
    String.raw`|(?:called|rang|phoned|contacted|emailed|chased|raised\s+it\s+with|complained\s+to|reported\s+(?:it|this|that|them)\s+to|(?:come|came|got)\s+off\s+the\s+phone\s+(?:with|to))\s+(?:the|our|my)\s+(?:bank|courier|council|planning\s+(?:officer|department)|landlord(?:${A}s\s+managing\s+agent)?|managing\s+agent|broker|insurer|airline|utility|energy\s+supplier|broadband\s+provider|isp|ato|irs|hmrc|cra|tax\s+office|revenue|dvla|ombudsman)\b|(?:a\s+)?letter\s+from\s+the\s+(?:ato|irs|hmrc|cra|tax\s+office|revenue|council|dvla|court)\b` +
    // "The IRS has sent us ANOTHER notice claiming we didn't file"
    String.raw`|\b(?:the\s+)?(?:irs|hmrc|ato|cra|sars|tax\s+office|revenue\s+service|dvla)\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|just\s+|also\s+)?(?:sent|lost|rejected|claimed|issued|fined|charged|penali[sz]ed|wrote|says|said|misplaced|refused)\b` +
    String.raw`|(?:e-?filing|(?:government|gov|tax|revenue|council|bank(?:ing)?|hmrc|irs|companies\s+house)\s+(?:\w+\s+)?(?:portal|website|site|system|app))\b[^.!?\n]{0,30}?\b(?:crashed|failed|went\s+down|is\s+down|was\s+down|froze|timed\s+out|timing\s+out|logged\s+me\s+out|rejected|unavailable)` +
    String.raw`|(?:the|our)\s+(?:electricians?|builders?|plumbers?|roofers?|contractors?|workmen|council\s+workers?|landlord${A}s\s+\w+)\b[^.!?\n]{0,60}?\b(?:cut|drilled|damaged|broke|flooded|severed|disconnected|switched\s+off|turned\s+off)\b` +
    String.raw`|${CARRIER}\s+(?:has\s+|have\s+|had\s+)?(?:\w+\s+){0,2}?(?:lost|damaged|delayed|misrouted|mislaid|returned|broke|dropped|held)` +
    String.raw`|the\s+(?:supplier|manufacturer|wholesaler|distributor|maker|producer|factory|mill|roaster|brewery|bakery|dairy)\s+(?:\w+\s+){0,2}?(?:changed|lost|broke|damaged|delayed|missed|cancell?ed|discontinued|stopped|raised|increased|ran\s+out|messed\s+up|failed|shorted|closed|shut)|the\s+(?:\w+\s+){1,2}?(?:we|i)\s+(?:used|hired|booked|chose|picked|went\s+with|engaged)\b[^.!?\n]{0,60}?\b(?:messed\s+up|lost|broke|damaged|botched|ruined|failed|got\s+(?:it\s+)?wrong|let\s+us\s+down|went\s+bust|cancell?ed))\b`,
  'i',
);

/**
 * The sender clears the recipient outright: "nothing wrong at your end", "Your files were perfect, the
 * printer confirmed that". What else the message reports, unless it names the recipient, is news.
 */
const EXONERATES = new RegExp(
  String.raw`\b(?:nothing\s+(?:wrong|amiss)\s+(?:at|on|with)\s+your\s+(?:end|side|part)|(?:entirely|completely|totally|wholly|all|(?:that${A}s|that\s+is|this\s+is|it${A}s|it\s+is)\s+(?:entirely\s+|all\s+|completely\s+)?)\s*(?:my|our)\s+(?:own\s+)?(?:error|mistake|fault|doing|failure|mess|oversight)|(?<!\b(?:said|says|insisted|insists|claimed|claims|told\s+(?:us|me))\s+(?:that\s+)?there\s+(?:was|is)\s+)nothing\s+(?:wrong|amiss)\s+with\s+(?:the|your)\s+(?:invoices?|work|goods|service|kit|equipment|products?)\b|(?<!\b(?:reply|response|answer|email|letter)\s+(?:had|has|was)\s+)nothing\s+to\s+do\s+with\s+(?:it|the\s+(?:site|website|system|software|app|platform|network|wi-?fi|tech|technology|design|work|service|team|lights|floodlights|equipment|installation|kit|machines?|units?|dry\s+ice|products?|goods|packing|packaging|invoices?))\b|(?:(?:it${A}s|it\s+is|this\s+is)\s+not|none\s+of\s+(?:this|it|that)\s+is)\s+about\s+(?:you|your)\b|not\s+suggesting\s+(?:there${A}s|there\s+is)\s+anything\s+wrong\s+with\s+(?:the|your)\b|(?:there${A}s|there\s+is)\s+no\s+(?:issue|problem)\s+with\s+your\s+(?:staff|team|agents?|people|work|service)\b|your\s+(?:\w+\s+)?(?:agent|staff|team|driver|engineer|crew)s?\s+(?:applied|followed)\s+(?:our|the)\s+(?:policy|process|procedure|instructions?)\s+correctly\b|no\s+evidence\s+(?:that\s+)?your\s+(?:\w+\s+)?(?:platform|system|service|site|software|app)\s+(?:was|has\s+been)\s+(?:accessed|affected|involved|compromised)\b|there\s+(?:were|was)\s+no\s+(?:issues|problems|complaints)\s+with\s+your\s+(?:equipment|team|kit|work|service|staff)\b|(?:they${A}re|they\s+are|it${A}s|it\s+is)\s+exactly\s+what\s+(?:we|i)\s+(?:asked\s+for|ordered|specified|wanted)\b|not\s+your\s+(?:fault|doing)|no\s+fault\s+of\s+(?:yours|your\s+own)|you\s+did\s+nothing\s+wrong|nothing\s+to\s+do\s+with\s+(?:you|your)` +
    String.raw`|(?:we|i)\s+had\s+(?:our\s+own\s+|some\s+)?(?:electricians|builders|contractors|decorators|plumbers|workmen|roofers|painters)\s+(?:in|working|on\s+site)\b[^.!?\n]{0,80}?\bso\s+(?:i|we)\s+(?:suspect|think|assume|imagine)\b` +
    String.raw`|(?:this|that|it)\s+(?:isn${A}t|is\s+not|wasn${A}t|was\s+not)\s+on\s+(?:you|your\s+(?:side|end|team))\b|(?:it|this|that)\s+(?:could|may|might)\s+(?:well\s+)?be\s+(?:at\s+|on\s+)?(?:our|my)\s+(?:end|side)\b|(?:this|it|that)\s+(?:isn${A}t|is\s+not)\s+your\s+(?:problem|fault|cost)\b|(?:this|it)\s+(?:isn${A}t|is\s+not)\s+(?:aimed|directed|pointed)\s+at\s+you\b|(?:over\s+here|on\s+our\s+side|at\s+our\s+end)\s+rather\s+than\s+(?:yours|your\s+(?:side|end)|with\s+you)\b|there${A}s\s+nothing\s+you\s+can\s+do\b|(?:nobody|no\s+one|no-one)\s+can\s+control\s+the\s+(?:weather|tides?|port|strikes?)|(?:not|no|isn${A}t|is\s+not|wasn${A}t)\s+(?:a\s+)?reflection\s+on\s+(?:you|your|the\s+work)|(?:i|we)(?:${A}ve|\s+have)\s+no\s+reason\s+to\s+(?:think|believe|doubt|suspect)\b|none\s+of\s+(?:this|it)\s+is\s+your\s+(?:doing|fault)\b|none\s+of\s+this\s+is\s+a\s+complaint|not\s+questioning\s+(?:the|your)\s+(?:figure|invoice|bill|work|fee|advice|numbers?)|(?:rather\s+than|not)\s+as\s+a\s+complaint|not\s+assuming\s+(?:anything\s+is\s+wrong|it${A}s\s+(?:you|your))|(?:it${A}s|it\s+is)\s+not\s+about\s+us\b|nothing\s+you\s+(?:or\s+your\s+team\s+)?(?:can|could(?:\s+have)?)\s+(?:fix|do\s+about|done(?:\s+about)?)|(?:this|it|that)(?:${A}s|\s+is|\s+was)\s+purely\s+(?:about|a\s+(?:budget|cost|business|commercial|financial)|a\s+(?:[\w-]+\s+){1,2}?(?:thing|decision|matter|move|call)|down\s+to|because)\b|(?:that|it)(?:${A}s|\s+is)\s+not\s+your\s+problem|(?:it${A}s|it\s+is|this\s+is|that${A}s)\s+(?:entirely|all|completely|wholly)\s+the\s+\w+${A}s\s+(?:doing|fault)|apologies\s+for\s+wasting\s+your\s+time|sorry\s+to\s+(?:vent|rant|moan)\s+(?:at|to)\s+you|(?:i|we)(?:${A}ve|\s+have)\s+just\s+realised\s+(?:that\s+)?(?:the|my|our)\s+(?:[\w-]+\s+){0,3}?(?:i|we)\s+(?:sent|uploaded|gave\s+you|attached|submitted|approved)\b|(?:neither|none)\s+of\s+which\s+(?:is|are)\s+down\s+to\s+(?:you|your)|not\s+down\s+to\s+(?:you|your)\b|not\s+a\s+(?:complaint|criticism)\s+(?:against|of|about)\s+(?:you|your)|(?:it${A}s|it\s+is)\s+not\s+yours\b|not\s+(?:anybody|anyone)${A}s\s+fault|(?:possible|likely)\s+(?:that\s+)?the\s+(?:issue|problem|error|fault)\s+is\s+on\s+our\s+(?:side|end)|(?:mix-?up|mistake|error|oversight)\s+on\s+(?:my|our)\s+part|(?:i|we)(?:${A}ve|\s+have)\s+made\s+a\s+(?:mess|hash|mistake|error)\s+of\b|no\s+criticism\s+(?:at\s+all\s+)?(?:of\s+(?:anyone|you|your\s+\w+)|intended|implied)|not\s+(?:aimed|directed|targeted)\s+at\s+(?:you|your)\b|\bbut\s+not\s+at\s+you\b|(?:that|this|it)(?:${A}s|\s+is|\s+was)\s+(?:entirely\s+|all\s+|completely\s+|wholly\s+)?down\s+to\s+(?:us|me|our\s+(?:side|end|team|own))\b|(?:why|reason)\s+(?:we|i)\s+(?:came|switched|moved|turned|went|changed)\s+(?:over\s+)?to\s+you\b|nothing\s+to\s+do\s+with\s+the\s+quality\s+of\s+(?:your|the)\s+(?:work|service)|(?:i|we)(?:${A}m|\s+am|${A}re|\s+are)\s+not\s+unhappy\s+with\s+(?:you|your)\b|my\s+bad\s+on\s+this\b|(?:don${A}t|do\s+not)\s+think\s+(?:this|it|that)(?:${A}s|\s+is)\s+(?:a|an)\s+(?:cleaning|quality|service|workmanship|staffing|training|standards?|performance)\s+(?:standards?\s+)?(?:issue|problem)\b|your\s+(?:\w+\s+)?(?:team|people|staff|crew|cleaners|engineers|technicians)\s+(?:have|has)\s+been\s+(?:great|brilliant|excellent|fantastic|superb|first[- ]class|spot\s+on)\b|(?:does|do|did)(?:\s+not|n${A}t)\s+reflect\s+(?:badly\s+|poorly\s+)?on\s+(?:you|your|the\s+(?:service|work|support))\b|(?:it|that|this)\s+was\s+(?:entirely\s+|all\s+|completely\s+)?(?:my|our)\s+(?:own\s+)?(?:mistake|error|fault|doing)|(?:that|this|it)(?:${A}s|\s+is|\s+was|\s+one${A}s|\s+one\s+is)\s+(?:entirely\s+|all\s+|completely\s+|very\s+much\s+|squarely\s+)?on\s+(?:us|me)\b|nothing\s+(?:your|you)\s+(?:\w+\s+)?did\b|nothing\s+you(?:${A}ve|\s+have)\s+done\b(?!\s+(?:so\s+far\s+|yet\s+)?(?:has|have|had|is|seems)\b)|(?<!\b(?:isn${A}t|is\s+not|wasn${A}t|was\s+not|not)\s+(?:an?\s+)?(?:[\w-]+\s+)?)(?:delay|mistake|error|problem|hold-?up|mess|mess-?up|cock-?up|blunder)\s+(?:is\s+)?(?:from|on|at)\s+our\s+(?:side|end)\b(?!\s+of\b)|(?:this|it)(?:${A}s|\s+is)\s+about\s+our\s+[^.!?\n]{1,40}?,?\s+not\s+(?:about\s+)?your\s+(?:rates|prices?|pricing|fees?|service|work|team)\b|(?:the\s+)?(?:\w+\s+)?(?:team|teams|staff|everyone)\s+(?:are|is)\s+(?:very\s+|really\s+|all\s+)?happy\s+with\s+you\b|no\s+blame\s+(?:on|to|at)\s+(?:you|your)\b|nothing\s+for\s+you\s+to\s+worry\s+about|not\s+about\s+anything\s+you${A}ve\s+done|${JUST_NERVOUS}|nothing\s+(?:on|at)\s+your\s+(?:side|end)\b|the\s+(?:error|mistake|fault)\s+(?:is|was)\s+(?:all\s+|entirely\s+)?(?:ours|mine)\b|(?:has|have)\s+done\s+exactly\s+what\s+(?:we|i)\s+told\s+(?:it|you|them)\s+to\b|(?:it${A}s|it\s+is|that${A}s)\s+(?:[\w-]+\s+){1,3}?(?:holding|causing|delaying|blocking)\s+(?:things|it|this|everything)(?:\s+up)?,?\s+(?:and\s+)?not\s+(?:you|yours|your\s+(?:team|side|end))\b|your\s+(?:\w+\s+)?(?:file|files|work|artwork|design|designs|code|build|setup|part|proofs?)\s+(?:was|were|is|are)\s+(?:absolutely\s+|all\s+|completely\s+)?(?:perfect|fine|correct|spot\s+on|flawless|not\s+the\s+(?:problem|issue|cause))|rather\s+than\s+(?:anything|something)\s+(?:on|at)\s+your\s+(?:side|end)|not\s+pointing\s+(?:the\s+)?fingers?|(?:entirely|completely|wholly|all)\s+an?\s+(?:issue|problem|error|mistake)\s+on\s+our\s+(?:side|end|part)|your\s+(?:\w+\s+)?(?:designers?|team|developers?|engineers?|people|staff)\s+followed\s+(?:(?:them|it|(?:the|our)\s+\w+)\s+)?(?:exactly|to\s+the\s+letter|perfectly|correctly)|no\s+suggestion\s+(?:that\s+)?(?:anything|something)\s+(?:is|was|has\s+gone)\s+wrong|(?:don${A}t|do\s+not)\s+think\s+there${A}s\s+anything\s+for\s+you\s+to\s+(?:fix|do)|your\s+(?:side|end|team)\s+(?:paid|delivered|did\s+(?:everything|its\s+part|their\s+part))\s+(?:on\s+time|correctly|properly|as\s+agreed))\b${NO_BUT}`,
  'i',
);

/** "That means the pull your system does came back empty": a consequence of the trouble before it belongs to whoever owns that. */
const CONSEQUENCE = /^\W*(?:(?:that|this|which)\s+means|as\s+a\s+(?:result|consequence)|because\s+of\s+(?:this|that)|since\s+then)\b|\bon\s+their\s+part\b/i;

/** A cause outside both firms, strong enough to explain everything the message goes on to report. */
const CAUSE = new RegExp(
  String.raw`\b(?:${DISASTER}|${RECHARGED}|${PAYMENT_HELD}|${NO_ACCESS}|${BUDGET_CUT}|${CLOSING_DOWN}|${STOLEN}|${BANK_TROUBLE}|companies\s+house|switch\s+failure|${WENT_UNDER}|(?:data\s*cent(?:re|er)|server\s+room)\b|letter\s+from\s+the|list\s+broker|fire(?!\s+(?:alarms?|safety|watch|doors?|extinguishers?|exits?|risk|drills?|certificates?|panels?|marshals?|strategy|stopping|rated|proof))|e-?filing|(?<!\b(?:your|the)\s{1,3})portal|${ANNOUNCED_CHANGE})`,
  'i',
);

/**
 * A sentence that carries on the story of the one before it rather than starting a new one ("I've chased
 * them three times" after the lease company that will not approve). Not one that disputes it ("That isn't what our policy says"): that answers the story, whoever told it.
 */
const CONTINUES = /^\W*(?:it|they|this|that|(?:pretty|fairly)\s+sure\s+(?:they|it)|since\s+then|then|now|the\s+(?:second|next|third)\s+time|(?:i|we)(?:['’]ve|\s+have)?\s+(?:chased|called|rung|rang|emailed|phoned)\s+them)\b(?!\s+(?:isn['’]t|is\s+not|wasn['’]t|was\s+not)\s+(?:what|true|right|correct|the\s+case)\b)/i;

/** Words in a sentence short enough to be a bare reaction to the one before it. */
const SHORT_SENTENCE = 6;
/** A sentence that opens on the sender's feeling: after news, it is about that news, however long ("I'm honestly frustrated – …"). */
const FEELING = String.raw`(?:frustrated|disappointed|gutted|annoyed|upset|unhappy|furious|angry|sad|devastated|sorry|grim|fed\s+up)`;
/**
 * A sentence that opens on a feeling: after news, it is about that news, however long. The sender's
 * ("I'm honestly frustrated – …"), their own people's ("The board is unhappy and the mood is grim.") or
 * a bare reaction ("Very annoying for us, they did not tell us before.").
 */
const FEELING_OPENER = new RegExp(
  String.raw`^\W*(?:(?:i|we)(?:${A}m|${A}re|\s+am|\s+are|\s+was|\s+were|\s+feel)\s+(?:\w+\s+)?${FEELING}|(?:the|our|my)\s+(?:\w+\s+){1,2}?(?:is|are|was|were)\s+(?:\w+\s+)?${FEELING}|(?:well,?\s+)?(?:(?:it${A}s|it\s+is|that${A}s|that\s+is|that\s+was|this\s+is)\s+)?(?:(?:very|so|really|quite|rather|how|a\s+bit|most|an?|absolutely|completely|totally|utterly)\s+)?(?:annoying|frustrating|irritating|disappointing|infuriating|maddening|upsetting|useless|hopeless)|(?:a\s+bit|a\s+little|bit|rather|quite|so|really|very|pretty|slightly)\s+${FEELING})\b`,
  'i',
);

/**
 * "The panels you installed last year", "the system you set up for us": the recipient named only to
 * say which thing it is. Beside an outside cause (a storm, a collision) that is not blaming them.
 */
const IDENTIFIES_WORK = new RegExp(
  String.raw`\b(?:the|our|those|these)\s+(?:\w+\s+){1,3}?(?:(?:that|which)\s+)?you(?:\s+guys)?\s+(?:installed|supplied|fitted|built|set\s+up|delivered|sold\s+(?:us|me)|provided|put\s+in|configured|designed|made|laid|planted|leased|lease)\b`,
  'gi',
);
/** Asides that name the recipient without saying anything of them: "before you ask", "as you can imagine", "a batch of payments bounced, yours included". */
const ASIDE_TO_RECIPIENT = /\b(?:(?:yours|your\s+(?:invoice|payment|account))\s*(?:\([^)\n]{0,40}\)\s*)?included|before\s+you\s+ask|as\s+you\s+(?:know|can\s+imagine|may\s+know|might\s+imagine)|(?:to\s+)?(?:let|letting)\s+you\s+know|(?:i|we)\s+(?:hope|trust)\s+you(?:['’]re|\s+are)\s+(?:well|keeping\s+well)|not\s+just\s+(?:you|yours)|(?:including|as\s+well\s+as)\s+(?:you|yours))\b/gi;
const THIRD_PERSON = /\b(?:they|them|their)\b/i;
const NAMES_RECIPIENT = /\b(?:you|your|yours|you['’](?:re|ve|d|ll))\b/i;
/** A negative in the sentence: "your engineer did not answer", "the generator you maintain never kicked in". */
const NEGATIVE = /\b(?:not|never|no|nobody|nothing|failed|without)\b|n['’]t\b/i;
/** A sentence asking the recipient for help: a question, a "could you", "anything you can do … appreciated". */
const ASKS_HELP = /\?|^\W*(?:could|can|would|will|please)\b|\b(?:let\s+(?:me|us)\s+know|anything\s+you\s+(?:can|could)\s+do|if\s+you\s+could|(?:would\s+be|much)\s+appreciated|grateful)\b/i;

/** The recipient's work praised: "your shortlist was the best we've seen". */
const PRAISED = new RegExp(
  String.raw`\byour\s+(?:\w+\s+){0,2}?(?:was|were|is|are|has\s+been|have\s+been)\s+(?:really\s+|genuinely\s+|absolutely\s+)?(?:the\s+best|great|excellent|brilliant|superb|fantastic|perfect|spot\s+on|first[- ]class|outstanding|exactly\s+right)\b` +
    // "The coverage you secured for the Porto expansion was remarkable"
    String.raw`|\byou\s+(?:\w+\s+){0,2}?(?:secured|delivered|did|produced|achieved|built|organised|organized|ran)\b[^.!?\n]{0,60}?\b(?:was|were|has\s+been)\s+(?:really\s+|truly\s+|genuinely\s+|absolutely\s+)?(?:remarkable|excellent|brilliant|superb|fantastic|outstanding|first[- ]class|exceptional)\b`,
  'i',
);

function youIsAgent(tokens: Token[], i: number): boolean {
  if (!YOU.has(tokens[i].w)) return false;
  if (i === 0 || tokens[i].breakBefore) return true;
  return !YOU_NOT_AGENT.has(tokens[i - 1].w);
}

/**
 * Complaint evidence in the message; `blames` for evidence against someone (not a problem, an urgency
 * or its cost); `promised` for a broken promise or an instruction ignored, which only the recipient can have broken.
 */
export interface Evidence extends Span {
  blames: boolean;
  promised: boolean;
}

/**
 * One pass over the sentences; tokens are walked once in step with them. `evidence`: the message's
 * complaint evidence. With it, a message with an outside cause does not count as naming the
 * recipient in a sentence that only asks them for help ("could you let me know who we report it to?"
 * after a collision; "can you send your team to remove the damaged tiles?" after a burst pipe) unless
 * that sentence blames; a statement naming them counts when it holds any evidence or a negative ("the
 * generator you maintain never kicked in"). Without it, any sentence naming the recipient does.
 */
export function sentenceOwners(text: string, spans: Span[], tokens: Token[], evidence?: Evidence[]): SentenceOwner[] {
  const out: SentenceOwner[] = [];
  const holdsIn = (s: Span, which: (c: Evidence) => boolean) => evidence?.some((c) => s.start <= c.start && c.end <= s.end && which(c)) ?? false;
  const holds = (s: Span, blaming: boolean) => evidence === undefined || holdsIn(s, (c) => c.blames || !blaming);
  let exonerated = false;
  let caused = false;
  let addressed = false;
  /** The sentence before is only the sender's feeling ("Well, that was a frustrating call."), naming nobody. */
  let previousFeeling = false;
  /** Sentences that name the recipient without blaming them. */
  const unblamed = new Set<number>();
  let t = 0;
  for (const s of spans) {
    while (t < tokens.length && tokens[t].start < s.start) t++;
    let recipient = false;
    let agent = false;
    const t0 = t;
    let i = t;
    for (; i < tokens.length && tokens[i].start < s.end; i++) {
      if (youIsAgent(tokens, i)) agent = true;
      if (YOUR.has(tokens[i].w)) recipient = true;
    }
    recipient ||= agent;
    t = i;
    const sentence = text.slice(s.start, s.end);
    // Named only in an aside ("writing to let you know that our account was hacked"): not about them.
    const aboutThem = recipient ? sentence.replace(ASIDE_TO_RECIPIENT, '') : '';
    if (recipient && !NAMES_RECIPIENT.test(aboutThem)) recipient = agent = false;
    const previous: SentenceOwner | undefined = out[out.length - 1];
    const notOurs = previous?.owner === 'sender' || previous?.owner === 'news';
    let owner: Owner = recipient ? 'recipient' : 'unknown';
    if (SENDER_OWNS.test(sentence)) owner = 'sender';
    else if ((!recipient && THEIR_NEWS.test(sentence)) || (!agent && THIRD_PARTY_DID.test(sentence))) owner = 'news';
    else if (!agent && notOurs && CONSEQUENCE.test(sentence)) owner = previous.owner;
    // "SARS eFiling crashed twice. The second time it logged me out…": the same trouble, told on.
    else if (!recipient && previous?.owner === 'news' && CONTINUES.test(sentence)) owner = 'news';
    // A bare feeling right after news is about that news ("The council refused it. Annoying after all that work.").
    // So is a feeling that names the recipient only to praise them ("Really frustrating, because your shortlist was the best we've seen.").
    else if (previous?.owner === 'news' && ((!recipient && i - t0 <= SHORT_SENTENCE) || (FEELING_OPENER.test(sentence) && (!recipient || (!agent && PRAISED.test(sentence)))))) owner = 'news';
    // "I'm honestly furious. The IRS has sent us another notice…": a feeling just before news is about that news.
    if (owner === 'news' && previous?.owner === 'unknown' && previousFeeling) previous.owner = 'news';
    // "That delay is ours": the sentence before is owned too, unless it names the recipient as the one who did it.
    if (owner === 'sender' && previous?.owner === 'unknown' && POINTS_BACK.test(sentence)) previous.owner = 'sender';
    const clears = EXONERATES.test(sentence);
    exonerated ||= clears;
    // "a fault with our contractor's hardware, nothing on your side", "not about anything you've done": the sentence that clears them names them only to do so.
    if (clears && owner === 'recipient') owner = 'news';
    // Named only in an apology or a thank-you ("sorry for the knock-on to your schedule"), the recipient is not the one at fault.
    const blamed = owner === 'recipient' && NAMES_RECIPIENT.test(aboutThem.replace(IDENTIFIES_WORK, '')) && (ASKS_HELP.test(sentence) ? holds(s, true) : holds(s, false) || (NEGATIVE.test(sentence) && !PRAISED.test(sentence)));
    // "I did flag this on the form": after a letter from the tax office, still a promise they broke (not
    // when "they", the bank, "changed the limit without telling us").
    if (blamed || (owner === 'unknown' && !THIRD_PERSON.test(sentence) && holdsIn(s, (c) => c.promised))) addressed = true;
    if (owner === 'news' && CAUSE.test(sentence)) caused = true;
    out.push({ start: s.start, end: s.end, owner });
    if (owner === 'recipient' && !blamed) unblamed.add(out.length - 1);
    previousFeeling = owner === 'unknown' && !recipient && FEELING_OPENER.test(sentence);
  }
  // A message that opens with its own cause (a power cut, a ransomware scare, a government portal, a
  // provider's announced change) and never names the recipient reports that cause's consequences.
  if (exonerated) for (const o of out) if (o.owner === 'unknown') o.owner = 'news';
  // …and then a sentence naming the recipient without blaming them ("the panels you installed are cracked") is that news too.
  if (!exonerated && caused && !addressed) for (const [i, o] of out.entries()) if (o.owner === 'unknown' || unblamed.has(i)) o.owner = 'news';
  return out;
}

/** Sentences about the sender's own or a third party's trouble. */
export function notOursSpans(owners: SentenceOwner[]): Span[] {
  return owners.filter((o) => o.owner === 'sender' || o.owner === 'news');
}

/**
 * A line or paragraph that is a quotation from end to end is someone else's words passed on: "Absolutely
 * disgraceful, no warning whatsoever." under "a few examples from this week's inbox", or a customer's
 * complaint forwarded "for information only". Quotes inside a sentence stay the sender's ("you said
 * 'by Friday'", scare quotes).
 */
const QUOTED_LINE = /^[ \t*•-]*(["'])(?:[^\n]|\n(?![ \t]*\n)){8,2000}?\1[ \t]*$/gm;

/** A quotation put in someone else's mouth: "she says 'your website is a joke'". */
const QUOTED_THEM = /\b(?:she|he|they|(?:a|the|one|our|my)\s+(?:\w+\s+)?(?:customers?|clients?|users?|members?|guests?|tenants?|patients?|callers?)|someone|people)\s+(?:says|said|wrote|writes|posted|put\s+it|complained|called\s+(?:it|us|the\s+\w+))\s*[:,]?\s*(["'])[^\n]{2,300}?\1/gi;

/** A review or comment quoted after a colon: "We got a pretty nasty Google review last night: \"Worst dining experience…\"". */
const QUOTED_REVIEW = /\b(?:reviews?|comments?|posts?|tweets?|complaints?)\b[^"'\n]{0,40}?:\s*(["'])[^\n]{2,300}?\1/gi;

/** Letters and digits of the sender's own that a message must have beside a quotation for it to be passed on. */
const OWN_CHARS_BESIDE = 20;

export function reportedSpeech(text: string): Span[] {
  const spans = [...text.matchAll(QUOTED_LINE), ...text.matchAll(QUOTED_THEM), ...text.matchAll(QUOTED_REVIEW)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (spans.length === 0) return spans;
  // A message that is one quotation from end to end (a post quoting a line, a CSV-quoted text) is the sender's own.
  let outside = text;
  for (const s of spans) outside = outside.slice(0, s.start) + ' '.repeat(s.end - s.start) + outside.slice(s.end);
  return outside.replace(/\W+/g, '').length >= OWN_CHARS_BESIDE ? spans : [];
}
