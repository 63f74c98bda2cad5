/**
 * The complaint cue table: what a phrase means and why it counts. Each pattern is a plain
 * alternation with bounded gaps — no nested unbounded quantifiers — so matching stays linear even
 * on adversarial input. Patterns run case-insensitively over the masked body.
 */
import type { SignalCategory } from './types';

/**
 * Internal cue kinds: the signal categories, finer-grained evidence that has its own model weight
 * but is shown under a signal category (see DISPLAY_CATEGORY), and evidence that is scored but
 * never shown as a signal.
 */
export type CueKind =
  | SignalCategory
  | 'service-failure'
  | 'elapsed'
  | 'impact'
  | 'hostility'
  | 'exasperated-question'
  | 'why-question'
  | 'profanity'
  | 'disappointment'
  | 'problem'
  | 'request'
  | 'sorrow'
  | 'calm'
  | 'resolved'
  | 'formula';

/** Finer cue kinds are shown to the user under the signal category they belong to. */
export const DISPLAY_CATEGORY: Partial<Record<CueKind, SignalCategory>> = {
  'service-failure': 'broken-promise',
  elapsed: 'broken-promise',
  impact: 'urgency',
  hostility: 'frustration',
  'exasperated-question': 'frustration',
  'why-question': 'frustration',
  profanity: 'frustration',
  disappointment: 'frustration',
};

export interface CueRule {
  kind: CueKind;
  re: RegExp;
  why: string;
  /** Skip the match when a negator stands just before it ("not urgent", "no legal action"). */
  negatable: boolean;
  /** Phrases that are unambiguous on their own ("with all due respect") count more than one cue. */
  strength: number;
}

const A = "['’]"; // straight or typographic apostrophe

function rule(kind: CueKind, why: string, src: string, negatable = false, strength = 1): CueRule {
  return { kind, re: new RegExp(src, 'gi'), why, negatable, strength };
}

/** Strength of formulas that business readers take as a clear sign of anger by themselves. */
const UNAMBIGUOUS = 1.8;
/** A stated promise is the core of most complaints: "we were told … by Friday". */
const PROMISE = 1.5;

export const CUE_RULES: readonly CueRule[] = [
  // --- broken promise / expectation not met
  rule('broken-promise', 'Says something was promised and has not happened.',
    String.raw`\b(?:we|i|you)\s+(?:were|was|had\s+been|have\s+been|been)\s+(?:promised|told|assured|guaranteed)\b|\byou\s+(?:promised|assured\s+(?:us|me)|guaranteed|said\s+(?:you\s+would|you${A}d|it\s+would|it\s+will))\b|\b(?:your\s+team|you\s+guys|your\s+support)\s+(?:told|promised|assured)\b`, false, PROMISE),
  rule('broken-promise', 'Says something was supposed to happen and did not.',
    String.raw`\b(?:was|were|is|are)\s+supposed\s+to\b|\b(?:was|were)\s+(?:meant|scheduled|planned)\s+to\b|\bthe\s+(?:plan|agreement|deal)\s+was\s+(?:to|that)\b|\byour\s+(?:contract|sla|agreement|proposal|quote|website|terms|estimate)\s+(?:guarantees|promises|promised|commits\s+to|states|stated|says|said)\b|\b(?:what|the\s+\w+)\s+(?:we|i)\s+(?:were|was)\s+sold\b|\b(?:says|said|claims|claimed|told\s+(?:us|me))\s+(?:it${A}s|it\s+(?:is|was|had\s+been|has\s+been|would\s+be))\s+(?:fixed|resolved|sorted|working|done)\b|\bshould\s+(?:have|'ve)\s+(?:been|arrived|received|heard|had|got)\b|\bshould${A}ve\s+(?:been|arrived|received|heard|had|got)\b`),
  rule('broken-promise', 'Says the problem is still not resolved.',
    String.raw`\bstill\s+(?:has|have|shows?|showing|contains?|includes?|uses|got)\s+(?:the\s+|a\s+|an\s+)?(?:old|wrong|same|previous|original|incorrect)\b|\bstill\s+(?:have|has)\s+(?:no|not)\b|\bstill\s+(?:unclear|confused|none\s+the\s+wiser)\b|\bstill\s+(?:not|no|isn${A}t|hasn${A}t|haven${A}t|doesn${A}t|don${A}t|didn${A}t|can${A}t|cannot|won${A}t|waiting|awaiting|broken|missing|failing|down|pending|unresolved|nothing|outstanding|wrong|stuck|chasing|having|getting|seeing|the\s+same|an\s+issue|a\s+problem)\b`),
  rule('broken-promise', 'Says a promised thing has not arrived yet.',
    String.raw`\byet\s+to\s+(?:receive|hear|see|get|be)\b|\bnot\s+yet\s+(?:been\s+)?(?:received|delivered|refunded|credited|resolved|fixed|sorted|done|paid|processed|shipped|arrived)\b|\b(?:has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:received|refunded|credited|resolved|fixed|processed|heard\s+back)\b|\b(?:hasn${A}t|haven${A}t)\s+(?:yet\s+)?(?:been\s+)?(?:received|refunded|credited|resolved|fixed|processed|heard\s+back|got\s+back|arrived)\b`),
  rule('broken-promise', 'Says what was delivered is not what was agreed.',
    String.raw`\bnot\s+(?:been\s+)?(?:what|as)\s+(?:we|i|you)\s+(?:agreed|ordered|asked\s+for|paid\s+for|expected|were\s+promised|discussed|specified|described|advertised)\b|\bnot\s+as\s+(?:agreed|described|advertised|ordered|promised|specified)\b|\bwithout\s+(?:the\s+|any\s+of\s+the\s+)?(?:\w+\s+){0,2}?(?:we|i)\s+(?:specified|ordered|asked\s+for|agreed|requested|paid\s+for)\b|\b(?:have|has|had)\s+not\s+(?:seen|heard|received|got)\s+(?:anything|a\s+thing|a\s+word|a\s+peep)\b|\b(?:haven${A}t|hasn${A}t)\s+(?:seen|heard|received|got)\s+(?:anything|a\s+thing|a\s+word)\b|\b(?:deadline|due\s+date|eta|delivery\s+date)\b[^.!?\n]{1,60}?\b(?:has|have)\s+(?:now\s+)?(?:passed|gone|come\s+and\s+gone)\b`),
  rule('broken-promise', 'Says a deadline was missed.',
    String.raw`(?<!\b(?:i|we|i${A}ve|we${A}ve|i\s+have|we\s+have|i\s+just|sorry\s+i)\s)\bmissed\s+(?:the|our|your|another|a)\s+(?:deadline|date|sla|delivery|window|call|meeting)\b|\b(?:deadline|due\s+date)\s+(?:has\s+)?(?:passed|came\s+and\s+went|was\s+missed)\b|\b(?:past|long)\s+overdue\b|\bbehind\s+schedule\b|\b(?:\d+|a|one|two|three|four|five|six|several)\s+(?:days?|weeks?|months?)\s+(?:late|behind)\b|\boverdue\b|\b(?:was|were)\s+due\s+(?:last\s+\w+|yesterday|on\s+\w+|\w+\s+(?:days|weeks)\s+ago)\b`),
  rule('broken-promise', 'Points out how long they have been waiting.',
    String.raw`\b(?:been|still|kept)\s+waiting\b|\bwaiting\s+(?:for|since)\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:\d+|a|an|one|two|three|four|five|six|several|many|weeks|days|months|ages)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:days|weeks|months)\s+(?:now|later|and\s+(?:still|counting|no|nothing|not))\b`),
  rule('broken-promise', 'Says nobody has replied or updated them.',
    String.raw`\b(?:no|never|not\s+(?:a|one)\s+single|not\s+a|without\s+(?:a|any))\s+(?:(?:single|real|proper|useful|helpful|satisfactory|meaningful|clear|straight)\s+)?(?:response|reply|update|answer|word|call\s*back|callback|follow[- ]?up|feedback|communication)\b|\b(?:didn${A}?t|did\s+not|haven${A}?t|have\s+not|hasn${A}?t|has\s+not|still\s+not|not\s+yet)\s+(?:got|get|gotten|received?|heard)\s+(?:any|a|an|back|the)?\s*(?:\w+\s+)?(?:response|reply|answer|update|call\s*back|callback|feedback|confirmation|acknowledge?ment)\b|\bnobody\s+(?:has\s+|is\s+)?(?:got\s+back|replied|responded|called|answering|responding|replying|picking\s+up|getting\s+back|let\s+(?:us|me)\s+know)\b|\bno\s+one\s+(?:has\s+)?(?:got\s+back|replied|responded|called)\b|\bheard\s+nothing\b|\b(?:went|gone|go|going|remain|remains|remained)\s+unanswered\b|\bunanswered\s+(?:emails|calls|messages|tickets|requests|questions)\b|\bleft\s+(?:us|me)\s+(?:completely\s+)?(?:in\s+the\s+dark|hanging|high\s+and\s+dry)\b|\b(?:were|was)\s+(?:never|not)\s+(?:told|informed|warned|notified|consulted)\b|\bnever\s+(?:told|informed|warned|notified)\s+(?:us|me)\b|\bwithout\s+(?:having\s+)?(?:seen|heard|received)\s+(?:anything|a\s+thing|a\s+word)\b|\b(?:only|first)\s+(?:found\s+out|saw\s+(?:it|this)|noticed|learn(?:ed|t)|discovered|heard)\s+(?:about\s+(?:it|this)\s+)?(?:when|from|after|via|through|in|on)\b|\b(?:nobody|no\s+one)\s+(?:from\s+your\s+(?:side|team|end)\s+|on\s+your\s+(?:side|team|end)\s+)?(?:flagged|mentioned|told|warned|informed|notified|turns?\s+up|turned\s+up|shows?\s+up|showed\s+up)\b|\b(?:had|have)\s+to\s+(?:find\s+out|hear)\s+(?:about\s+(?:\w+\s+){0,3}?)?(?:from|via)\s+(?:our|my)\s+(?:own\s+)?(?:customers|clients|users|staff|team)\b|\bfrom\s+our\s+(?:customers|clients|users)\s+first\b|\bnever\s+(?:heard\s+back|got\s+back|received|arrived|came)\b`),

  // --- repeat failure
  rule('repeat-failure', 'Says the same problem has happened again.',
    String.raw`\b(?:yet|once)\s+again\b|\b(?:wrong|broken|down|failing|failed|missing|late|crashed|crashing|bouncing|incorrect|stuck|empty|blank)\b[^.!?,;\n]{1,40}?\bagain\b|(?<=[.!?]\s{1,3})again\s*[.!?]|\b(?:happened|happening|broken|broke|failed|failing|down|crashed|crashing|wrong|late|missing|stopped|occurred|back)\s+again\b|\bagain\s*[!?]|\bagain\s+and\s+again\b|\bover\s+and\s+over\b|\btime\s+(?:and|after)\s+time\b|\bsame\s+(?:issue|problem|error|mistake|bug|thing)\s+(?:again|as\s+(?:before|last))\b`),
  rule('repeat-failure', 'Counts how many times this has happened.',
    String.raw`\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\d+th|umpteenth|nth)\s+(?:\w+\s+)?(?:time|version|message|email|request|reminder|call|attempt|follow[- ]?up)\b|\b(?:how\s+many|multiple|several|numerous|countless|many|repeated|\d+|three|four|five|six)\s+(?:times|emails|calls|tickets|reminders|follow[- ]?ups|requests|messages|attempts|complaints|outages|incidents|failures|crashes|errors)\b|\btwice\s+(?:already|now|this|in|without)\b|\b(?:closed|reopened|failed|crashed|happened|slipped|moved|missed)\s+(?:\w+\s+)?twice\b|\b(?:\w+\s+)?in\s+a\s+row\b|\b(?:two|three|four|five|\d+)\s+(?:days|weeks|months|times)\s+running\b|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+th)\s+(?:\w+\s+)?(?:time|outage|incident|failure|error|crash|complaint|delay|reminder|chaser|mistake|bug|problem|issue)s?\s+this\s+(?:week|month|quarter|year)\b|,\s*again\s*[.!?]`),
  rule('repeat-failure', 'Says the problem keeps happening.',
    String.raw`\b(?:every\s+(?:single\s+)?time|each\s+time|all\s+the\s+time|constantly|repeatedly|continually|continuously|persistently|keeps?\s+(?:happening|failing|crashing|breaking|going|getting|coming|dropping|losing|sending|charging)|(?:recurring|recurrent|persistent|ongoing|constant|repeated)\s+(?:issue|issues|problem|problems|error|errors|outage|outages|failure|failures|bug|bugs|delays?))\b`),
  rule('repeat-failure', 'Says they already raised this before.',
    String.raw`\b(?:already|previously|repeatedly)\s+(?:asked|raised|reported|emailed|called|flagged|mentioned|explained|requested|chased|complained|informed|told\s+you)\b|\b(?:reported|raised|asked|emailed|flagged|chased|complained)\s+(?:this|it|about\s+this)?\s*(?:twice|before|multiple\s+times|several\s+times|repeatedly|again)\b|\bchasing\s+(?:this|again|up\s+again|you)\b|\b(?:writing|emailing|calling|contacting\s+you)\s+(?:to\s+you\s+)?(?:again|once\s+more|for\s+the\s+\w+\s+time)\b|\bwe\s+(?:flagged|raised|reported)\s+(?:this|it|the\s+\w+(?:\s+\w+)?)\s+(?:in|on|back\s+in|last)\b|\b(?:we|i)\s+(?:had\s+)?(?:told|warned|informed|reminded)\s+(?:you|your\s+team|your\s+\w+)\s+(?:about|that|this|of|in|at|before|twice|already)\b|\b(?:another|a\s+second|a\s+third|yet\s+another)\s+(?:reminder|follow[- ]?up|chaser)\b|\bdespite\s+(?:several|repeated|numerous|many|multiple|countless|(?:all\s+)?(?:my|our)|\d+|two|three|four|five)\s+(?:\w+\s+)?(?:calls|emails|e-mails|requests|reminders|attempts|assurances|promises|complaints|messages|follow[- ]?ups|tickets|chasers)\b|\b(?:not|isn${A}t|is\s+not|wasn${A}t)\s+the\s+first\s+time\b|\b(?:have|having|had|keep|keeps)\s+to\s+(?:keep\s+)?(?:chase|chasing|remind|reminding|follow\s+up|following\s+up|ask\s+again)\b`),

  // --- frustration
  rule('frustration', 'Says outright that they are unhappy.',
    String.raw`\b(?:frustrat(?:ed|ing|ion)|disappoint(?:ed|ing|ment)|dissatisf(?:ied|action)|unsatisf(?:ied|actory)|unhappy|upset|annoyed|angry|furious|livid|exasperated|fed\s+up|appalled|disgusted|outraged|infuriat(?:ed|ing)|aggravat(?:ed|ing))\b(?!\s+(?:\w+\s+){0,2}?with\s+(?:our|my)\s+(?:own\s+|current\s+|previous\s+|old\s+|existing\s+|other\s+|last\s+)+)`, true),
  rule('frustration', 'Says they are making a complaint.',
    String.raw`\b(?:writing|write)\s+to\s+(?:complain|express\s+(?:my|our)\s+(?:\w+\s+)?(?:dissatisfaction|disappointment|frustration|displeasure|concern|unhappiness))\b|\b(?:wish|want|would\s+like|${A}d\s+like)\s+to\s+(?:complain|make\s+a\s+(?:formal\s+)?complaint|register\s+a\s+complaint|raise\s+a\s+(?:formal\s+)?complaint)\b`),
  rule('frustration', 'Says the situation is unacceptable.',
    String.raw`\b(?:unacceptable|ridiculous|absurd|outrageous|disgraceful|appalling|shameful|inexcusable|pathetic|unprofessional|incompetent|(?:a\s+|complete\s+|total\s+)?shambles)\b`, true),
  rule('frustration', 'Says plainly that this is not good enough.',
    String.raw`\bnot\s+(?:happy|impressed|satisfied|acceptable|good\s+enough|ok|okay|pleased|fair|professional)\b|\b(?:isn${A}t|wasn${A}t|is\s+not|was\s+not)\s+(?:acceptable|good\s+enough|ok|okay|fair|professional)\b`),
  rule('frustration', 'Says their patience has run out.',
    String.raw`\b(?:sick\s+(?:and\s+tired\s+)?of|tired\s+of|had\s+enough|enough\s+is\s+enough|at\s+(?:my|our)\s+wits${A}?\s+end|lost\s+(?:all\s+)?(?:patience|confidence|trust|faith)|losing\s+(?:patience|confidence|trust|faith)|running\s+out\s+of\s+patience|going\s+(?:round|around)\s+in\s+circles|getting\s+nowhere|not\s+getting\s+anywhere|back\s+to\s+square\s+one|done\s+waiting|(?:don${A}t|do\s+not)\s+know\s+what\s+else\s+to\s+(?:say|do|try)|not\s+getting\s+the\s+attention\s+it\s+(?:needs|deserves)|beyond\s+(?:frustrat\w*|a\s+joke))\b`),
  rule('frustration', 'Calls the situation a mess or a waste.',
    String.raw`\b(?:this|it|that)\s+(?:is|has\s+been|was)\s+(?:a|an|such\s+a|an\s+absolute|a\s+complete|a\s+total)\s+(?:\w+\s+)?(?:joke|mess|nightmare|disaster|farce|shambles|fiasco)\b|\bwaste\s+of\s+(?:\w+\s+)?(?:time|money|effort)\b|\b(?:worst|terrible|horrible|awful|poor|bad|lousy|shoddy|abysmal|appalling|pathetic)\s+(?:\w+\s+)?(?:service|support|experience|quality|communication|response|handling|customer\s+care|product|job|work)\b`, true),

  // --- urgency
  rule('urgency', 'Marks the matter as urgent.',
    String.raw`\b(?:urgent(?:ly)?|asap|a\.s\.a\.p|as\s+soon\s+as\s+possible|immediately|right\s+away|at\s+once|without\s+(?:further\s+)?delay|time[- ]sensitive|top\s+priority|highest\s+priority|critical|emergency|priority\s+(?:one|1)|sev(?:erity)?\s*1)\b|\b(?:fix|sort|resolve)\s+(?:this|it)\s+(?:now|today|immediately|tonight)\b|\bcall\s+me\s+(?:back\s+)?(?:now|today|urgently|asap|as\s+soon\s+as)\b`, true),
  // Business impact has its own weight: "production is down" is stronger evidence than the word
  // "urgent", which tweets and ordinary mail use lightly.
  rule('impact', 'Says the problem is hurting their business right now.',
    String.raw`\b(?:losing|lost)\s+(?:money|sales|revenue|customers|clients|business|orders|data)\b|\b(?:production|prod|site|website|system|platform|service|portal|checkout|server|shop|store|app|email|network|phones|tills)\s+(?:is|are|has\s+been|have\s+been|went|was|were)\s+(?:completely\s+|totally\s+)?(?:down|offline|unavailable)\b|\blost\s+(?:the|a|an|our|my|the\s+whole|a\s+whole|half\s+a|half\s+the)\s+(?:\w+\s+)?(?:afternoon|morning|day|week|weekend|evening)\b|\b(?:our\s+)?(?:customers|clients|users|visitors|shoppers)\s+(?:are|were|keep)\s+(?:(?:getting|seeing|receiving|hitting)\s+(?:\w+\s+){0,2}?(?:errors?|warnings?|bounces?|timeouts?|crashes|blank\s+pages?|charged\s+twice)|reporting\s+(?:errors?|problems?|issues?)|complaining|calling\s+(?:us|in))\b|(?<!\b(?:we|i)\s)\b(?:took|takes|brought|brings|knocked|knocks|taken)\s+(?:our|the)\s+(?:\w+\s+)?(?:checkout|site|website|shop|store|system|server|platform|portal|service|network|email|app|production)\s+(?:down|offline)\b|\b(?:none|nobody|no\s+one)\s+(?:of\s+our\s+\w+|in\s+(?:our\s+)?\w+|on\s+our\s+\w+|here)\s+can\s+(?:log\s+in|login|sign\s+in|access|work|use|deploy|reach|open|see|send|receive|print|pay|order|get\s+(?:in|into|access))\b|\b(?:our\s+)?(?:customers|clients|users|staff|people)\s+(?:can${A}?t|cannot|are\s+unable\s+to)\s+(?:reach|access|use|log\s+in|sign\s+in|order|buy|pay|check\s+out|work)\b|\b(?:sitting|standing)\s+idle\b|\b(?:sell|selling|sold|honou?r|honou?ring|running|trading|operating)\s+(?:\w+\s+){0,2}?at\s+a\s+loss\b|\bcost(?:ing|s)?\s+us\s+(?:money|sales|revenue|customers|clients|business|a\s+fortune)\b|\b(?:cannot|can${A}t|can\s+not)\s+wait\s+(?:any\s+longer|until\s+tomorrow|till\s+tomorrow|another\s+(?:day|week))\b|\b(?:this|it)\s+(?:cannot|can${A}t)\s+wait\b|\b(?:holding|held)\s+up\s+(?:our|the)\b|\b(?:blocking|blocked)\s+(?:us|our|the\s+whole)\b|\b(?:launch|deadline|project|deal|contract|go[- ]live|release|campaign|business|revenue|delivery|event|timeline|jobs?|customers?|clients?)\s+(?:is|are|is\s+now|are\s+now|will\s+be|could\s+be|now)\s+(?:seriously\s+|at\s+serious\s+)?at\s+risk\b|\b(?:we|i)\s+(?:cannot|can${A}?t|can\s+not|are\s+unable\s+to)\s+(?:publish|print|launch|ship|release|go\s+live|invoice|bill|close\s+the\s+(?:month|books|quarter)|deliver|proceed|operate|trade|open|run\s+(?:payroll|the\s+payroll))\b`),
  rule('urgency', 'Sets a hard deadline.',
    String.raw`\bno\s+later\s+than\b|\bwithin\s+(?:the\s+next\s+)?(?:\d+|24|48|one|two|three)\s+(?:hours|business\s+days|working\s+days|days)\b|\bby\s+(?:end\s+of\s+(?:the\s+)?(?:day|today|business)|eod|cob|close\s+of\s+business|tonight)\b`),

  // --- churn threat
  rule('churn-threat', 'Threatens to cancel or leave.',
    String.raw`\b(?:cancel|cancelling|canceling|terminate|terminating|end|ending|close|closing)\s+(?:our|my|the|this)\s+(?:contract|subscription|account|agreement|service|relationship|membership|plan|partnership|order)\b`, true),
  rule('churn-threat', 'Says they are looking at other providers.',
    String.raw`\b(?:look|looking|consider|considering|evaluate|evaluating|explore|exploring|switch|switching|move|moving|go|going|talk|talking|speak|speaking|bring\s+in|bringing\s+in|hire|hiring|find|finding|engage|engaging|appoint|appointing)\s+(?:at\s+|to\s+|with\s+)?(?:(?:two|three|a\s+few|some|several|\d+)\s+)?(?:other|another|alternative|a\s+different|different|new)\s+(?:vendors?|providers?|suppliers?|options|agenc(?:y|ies)|partners?|compan(?:y|ies)|firms?|solutions?|services?|developers?|contractors?|consultants?|consultanc(?:y|ies)|freelancers?|designers?|teams?)\b(?!\s+(?:for|of)\s+(?:our|my|the)\s+\w)(?![^.!?\n]{0,80}?\b(?:happy|pleased|satisfied|delighted)\s+with\s+(?:your|you|the\s+work)\b)|\b(?:take|taking|move|moving)\s+(?:our|my)\s+business\s+elsewhere\b|\b(?:to|with)\s+(?:a|your)\s+competitors?\b`, true),
  rule('churn-threat', 'Says they will not renew or are reconsidering.',
    String.raw`\b(?:won${A}t|will\s+not|not\s+going\s+to|do\s+not\s+intend\s+to|don${A}t\s+plan\s+to)\s+(?:be\s+)?renew(?:ing)?\b|\breconsider(?:ing)?\s+(?:our|the|this|my)\s+(?:relationship|partnership|contract|agreement|subscription|business)\b|\b(?:last|final)\s+(?:chance|straw|warning)\b`),

  // --- legal threat
  rule('legal-threat', 'Mentions lawyers or legal action.',
    String.raw`\b(?:legal\s+(?:action|proceedings|steps|recourse|route|remedies)|lawsuit|litigation|take\s+(?:you|this|the\s+matter)\s+to\s+court|small\s+claims|consumer\s+(?:court|forum)|ombudsman|trading\s+standards|better\s+business\s+bureau)\b|\b(?:our|my)\s+(?:lawyers?|attorneys?|solicitors?|legal\s+(?:team|department|counsel))\s+(?:will|shall|are\s+going\s+to|is\s+going\s+to)\s+(?:be\s+in\s+touch|contact\s+you|be\s+contacting\s+you|take\s+(?:it|this)\s+from\s+here)\b|\b(?:involve|involving|contact|contacting|consult|consulting|refer|referring|pass|passing|passed|forward|forwarding|forwarded|hand|handing|handed|send|sending|sent)\s+(?:(?:this|it|the\s+(?:matter|case|issue))\s+)?(?:on\s+|over\s+)?(?:to\s+|with\s+)?(?:our|my)\s+(?:lawyers?|attorneys?|solicitors?|legal\s+(?:team|department|counsel))\b|\b(?:will|shall|going\s+to|may|prepared\s+to|right\s+to)\s+sue\b`, true),
  rule('legal-threat', 'Says the contract has been breached.',
    String.raw`\bbreach(?:ed|ing)?\s+(?:of\s+)?(?:the\s+|our\s+|your\s+)?(?:contract|agreement|sla|terms)\b`, true),
  rule('legal-threat', 'Threatens a formal dispute or complaint.',
    String.raw`\b(?:file|filing|lodge|lodging|raise|raising|make|making)\s+(?:a\s+)?formal\s+complaint\b|\b(?:will\s+not|won${A}t|are\s+not\s+going\s+to|shall\s+not)\s+(?:be\s+)?pay(?:ing)?\s+(?:invoice|the\s+invoice|your\s+invoice|this\s+invoice|any\s+(?:further|more)\s+invoices|for\s+(?:this|it|that))\b|\bwithhold(?:ing)?\s+(?:the\s+|any\s+|further\s+)?payments?\b|\bchargeback\b|\bdispute\s+(?:the|this)\s+(?:charge|payment|transaction)\b|\breport(?:ing)?\s+(?:you|this|the\s+matter|your\s+company)\s+to\s+(?:the\s+)?\w+`, true),

  // --- escalation request
  rule('escalation-request', 'Asks to escalate the matter.',
    String.raw`\bescalat(?:e|ed|ing|ion)\b(?!\s+(?:the\s+|our\s+|my\s+|a\s+|this\s+)?(?:budget|approval|sign[- ]?off|purchase|po|funding|headcount|spend|hiring|request\s+for\s+(?:budget|funding|approval)))`, true),
  rule('escalation-request', 'Asks for someone more senior.',
    String.raw`\b(?:speak|talk|speaking|talking)\s+(?:to|with)\s+(?:your|a|the|someone\s+more|someone)\s+(?:manager|supervisor|boss|superior|director|senior|head|ceo|vp|account\s+manager)\b|\bsomeone\s+(?:more\s+)?senior\b|\bput\s+me\s+in\s+touch\s+with\s+(?:your|a|the)\s+(?:manager|supervisor|boss|director|head)\b|\b(?:cc${A}?(?:ing|ed|d)?|copying|looping\s+in|loop\s+in|including)\s+(?:in\s+)?(?:\w+\s*,\s*)?(?:our|my|your)\s+(?:ceo|cfo|coo|cto|director|managing\s+director|vp|boss|manager|head\s+of\s+\w+|legal)\b|\btake\s+(?:this|it)\s+(?:higher|further|up\s+the\s+chain)\b|\btake\s+(?:this|it)\s+to\s+(?:our|the|my)\s+(?:board|management|leadership|ceo|director|md|owner)\b|\bwhoever\s+(?:runs|heads|manages|is\s+in\s+charge\s+of|is\s+responsible\s+for)\b|\bwho\s+is\s+(?:your|the)\s+(?:manager|supervisor|person\s+in\s+charge)\b`),

  // --- blame
  rule('blame', 'Blames the other side directly.',
    String.raw`\b(?:you|your\s+(?:team|staff|people|company|guys|developers|engineers|support|consultants?|side|agency))\s+(?:clearly\s+|obviously\s+|just\s+|have\s+|has\s+)?(?:failed|broke|messed\s+up|screwed\s+up|dropped\s+the\s+ball|ignored|forgot|lost|deleted|missed|overcharged|misled|mishandled|botched|ruined)\b|\b(?:your|this\s+is\s+your|entirely\s+your|completely\s+your)\s+(?:mistake|error|fault|screw[- ]?up|negligence|incompetence|oversight)\b|\b(?:it${A}s|it\s+is|this\s+is)\s+(?:on\s+)?your\s+(?:fault|end|side)\b|\bnot\s+ours\b|\b(?:was|is)\s+not\s+(?:our|my)\s+(?:mistake|fault|error|doing)\b|\bat\s+your\s+(?:own\s+)?(?:cost|expense)\b|\bexpect(?:ing)?\s+you\s+to\s+(?:cover|pay|refund|reimburse|compensate|absorb)\b|\bwe\s+(?:pay|are\s+paying|${A}re\s+paying)\s+you\s+(?:to|for)\b|\bwhat\s+we\s+pay\s+you\s+for\b|\byour\s+(?:\w+\s+)?(?:numbers|figures|data|report|invoice|calculations?|estimate|quote|code|work)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:wrong|incorrect|inaccurate|broken|faulty)\b|\b(?:bugs?|errors?|mistakes?|problems?|issues?)\s+(?:that\s+)?(?:you|your\s+(?:team|developers|people|staff))\s+(?:introduced|caused|created|made)\b`),
  rule('blame', 'Makes a sweeping accusation.',
    String.raw`\byou\s+(?:never|always|don${A}t\s+even|do\s+not\s+even|didn${A}t\s+even|can${A}t\s+even|clearly\s+don${A}t|obviously\s+don${A}t)\b|\b(?:nobody|no\s+one)\s+(?:on\s+your\s+(?:side|end|team)\s+|there\s+|at\s+your\s+company\s+)?(?:seems\s+to\s+)?(?:cares?|bothered|listens?|knows?|reads?|takes?\s+responsibility)\b|\byou\s+people\b|\bnothing\s+(?:\w+\s+){0,3}(?:works|worked|gets\s+done|has\s+changed|ever\s+changes)\b`),

  // --- sarcasm
  rule('sarcasm', 'Reads as sarcastic.',
    String.raw`\b(?:oh\s+)?(?:great|fantastic|wonderful|brilliant|lovely|perfect|awesome|terrific|marvell?ous)[,.!]?\s+(?:just\s+)?(?:another|more|again|the\s+same)\b|\bthanks?\s+(?:you\s+)?for\s+nothing\b|\bthanks\s+a\s+(?:lot|bunch|million)\b|\b(?:yeah|sure),?\s+right\b|\bwhat\s+a\s+(?:surprise|shock|joke)\b|\bsurprise,?\s+surprise\b|\blove\s+(?:how|that)\s+(?:i|we|you|your)\b|\b(?:clearly|obviously)\s+(?:a|our|my|this\s+is\s+a)\s+(?:\w+\s+)?(?:top\s+)?priority\b|\bmust\s+be\s+nice\b|\b(?:clearly|obviously)\b[^.!?\n]{0,40}?\b(?:a\s+)?(?:top\s+|high\s+|real\s+)?priority\s+for\s+(?:you|your)\b|\bslow\s+clap\b|\b(?:great|brilliant|fantastic|wonderful|perfect|lovely)\s*[,.!]\s+(?:so\s+)?now\s+(?:the|our|my|we|i|you|it)\b|\bdon${A}t\s+(?:strain|hurt)\s+yourself\b|\bit${A}s\s+(?:only|just)\s+been\s+(?:\w+\s+)?(?:days|weeks|months)\b`, false, UNAMBIGUOUS),
  rule('sarcasm', 'Puts a word in scare quotes.',
    String.raw`["“‘'](?:(?:quick|nearly|almost|fully|dedicated|senior|new|improved|final|24/7)\s+)?(?:fix|fixed|final|resolved|stable|urgent|priority|support|working|update|soon|service|help|premium|quick|tested|done|finished|complete|ready|solution|team|expert|improvements?)["”’']`),
  rule('sarcasm', 'Answers a failure with a one-word cheer.',
    String.raw`\b(?:wrong|broken|down|again|still|missing|late|failed|crashed)\b[^.!?\n]{0,80}[.!]\s+(?:brilliant|great|fantastic|wonderful|perfect|lovely|marvell?ous|super|terrific)\s*[.!]`, false, UNAMBIGUOUS),

  // --- polite-masked anger
  rule('polite-anger', 'Uses a polite formula that usually signals irritation.',
    String.raw`\bper\s+my\s+(?:last|previous|earlier|prior)\s+(?:\w+\s+)?(?:email|message|mail|note|e-mail)\b|\bas\s+(?:per\s+my|i|we)\s+(?:have\s+)?(?:previously\s+|already\s+)?(?:mentioned|stated|said|noted|explained|indicated|requested|pointed\s+out|advised)\b|\bas\s+(?:previously|already)\s+(?:mentioned|stated|discussed|requested|explained|advised|noted)\b|\bwith\s+(?:all\s+)?due\s+respect\b|\bwith\s+respect,`, false, UNAMBIGUOUS),
  rule('polite-anger', 'Asks politely for a reply that is overdue.',
    String.raw`\b(?:i|we)${A}?d\s+appreciate\s+(?:an?|your|some)\s+(?:\w+\s+)?(?:update|response|reply|answer|explanation)\b|\b(?:i|we)\s+would\s+appreciate\s+(?:an?|your|some)\s+(?:\w+\s+)?(?:update|response|reply|answer|explanation)\b|\bat\s+your\s+earliest\s+(?:convenience|opportunity)\b|\b(?:an?|any)\s+update\s+would\s+be\s+(?:appreciated|great|helpful|welcome)\b|\bstill\s+awaiting\b|\b(?:following|circling|checking)\s+(?:up|back|in)\s+(?:again|once\s+more|for\s+the\s+\w+\s+time|on\s+(?:my|our)\s+(?:previous|last|earlier))\b|\b(?:gentle|friendly|second|final|another)\s+reminder\b|\bkindly\s+(?:advise|revert|explain|expedite|ensure|respond)\b`),
  rule('polite-anger', 'Sounds formally pointed.',
    String.raw`\b(?:to\s+be|to\s+put\s+it)\s+(?:frank|honest|blunt|clear|plainly|bluntly|mildly)\b|\bpush(?:ing)?\s+back\s+on\s+(?:this|that|it|the)\b|\b(?:i|we)(?:${A}d|\s+would)\s+like\s+(?:a|an)\s+(?:\w+\s+)?explanation\b|\b(?:need|want|expect|require)\s+(?:a|an)\s+(?:\w+\s+)?explanation\b|\b(?:walk\s+(?:me|us)\s+through|explain\s+(?:to\s+(?:me|us)\s+)?)\s*what\s+(?:happened|went\s+wrong)\b|\bsomeone\s+who\s+(?:can|will|could)\s+actually\b|\b(?:quite\s+)?frankly\b|\bi\s+trust\s+(?:you|this|that)\s+(?:will|can|understand)\b|\bi\s+(?:must|have\s+to)\s+(?:say|stress|insist|point\s+out|express)\b|\bplease\s+(?:advise|explain)\s+(?:why|how)\b|\b(?:i|we)\s+(?:would\s+have|${A}d\s+have)\s+(?:thought|expected)\b|\b(?:i|we)\s+(?:expect(?:ed)?|deserve)\s+(?:much\s+|far\s+|a\s+lot\s+)?(?:better|more)\b|\bsurely\s+(?:you|it|this|someone)\b|\b(?:we|i)\s+(?:shouldn${A}t|should\s+not)\s+have\s+to\b|\blook(?:ing)?\s+forward\s+to\s+(?:your|a|an)\s+(?:prompt|swift|quick|urgent|immediate|timely|speedy|early)\s+(?:reply|response|resolution|action|refund|answer)\b|\bloyal\s+(?:customer|client)s?\b|\bgiven\s+(?:what|how\s+much)\s+(?:we|i)\s+(?:pay|are\s+paying|${A}re\s+paying)\b|\b(?:i|we)\s+(?:appreciate|understand|realise|realize|know)\s+(?:that\s+)?(?:everyone|you|your\s+team|you${A}re|things|these\s+things|it|this)\s+(?:(?:is|are|${A}re|has|have|can|may|must|take|takes|might)\s+)?(?:been\s+|be\s+)?(?:\w+\s+)?(?:busy|stretched|time|difficult|complicated|complex|hard|a\s+lot|time-consuming)\b[^.!?\n]{0,20}?\bbut\b|\b(?:someone|somebody|anyone)\s+(?:(?:could|can|would|will|to|should|needs?\s+to)\s+)?take\s+ownership\b|\b(?:i${A}?d|i\s+would|we${A}?d|we\s+would)\s+need\s+(?:that|this|it)\s+explained\b|\bi\s+would\s+have\s+expected\b`),

  // --- service failure: something paid for or relied on did not happen (money, access, delivery)
  rule('service-failure', 'Says money was taken but what it paid for did not arrive.',
    String.raw`\b(?:debited|deducted|charged|withdrawn|paid|transferred|sent|billed)\b[^.!?\n]{0,60}?\b(?:not|never|yet\s+to\s+be|still\s+not)\s+(?:been\s+)?(?:received|credited|reflected|reflecting|refunded|returned|reversed|updated|delivered|processed|shown|showing)\b`),
  rule('service-failure', 'Says a payment, refund or order has not come through.',
    String.raw`\b(?:isn${A}t|is\s+not|has\s+not|hasn${A}t|was\s+not|wasn${A}t|didn${A}t|did\s+not|haven${A}t|have\s+not|not|never)\s+(?:yet\s+)?(?:been\s+)?(?:credited|reflected|reflecting|refunded|reversed|returned|dispatched|activated|approved|released|reimbursed|paid\s+out)\b|\b(?:not|never|didn${A}t|did\s+not|haven${A}t|have\s+not|hasn${A}t|has\s+not|yet\s+to)\s+(?:receive|received|get|got|gotten)\s+(?:the|my|our|any|a|an|your)\s+(?:\w+\s+)?(?:refund|money|amount|payment|order|parcel|package|card|delivery|goods|item|invoice|credit|reimbursement|reply|response|confirmation|replacement|statement|cheque|check|funds|salary)\b`),
  rule('service-failure', 'Says a transaction or job failed or is stuck.',
    String.raw`\b(?:transaction|payment|transfer|upi|order|deployment|build|sync|import|export|upload|login|delivery|withdrawal|deposit|refund|request|application|shipment|booking|claim|job|backup)s?\s+(?:has\s+|have\s+|got\s+|was\s+|were\s+|is\s+|are\s+|keeps\s+)?(?:been\s+)?(?:still\s+)?(?:failed|failing|declined|rejected|bounced|stuck|on\s+hold|blocked|cancelled|canceled|lost|delayed|not\s+(?:working|going\s+through|completed|processed))\b|\bfailed\s+(?:transaction|payment|transfer|order|delivery|deployment|login|attempt)s?\b`),
  rule('service-failure', 'Says an account or card was blocked, frozen or hacked.',
    String.raw`\b(?:account|card|access|login|profile|wallet|number|sim|id)\s+(?:has\s+been\s+|have\s+been\s+|was\s+|is\s+|got\s+|been\s+)?(?:blocked|locked|frozen|suspended|hacked|compromised|deactivated|disabled|debarred|restricted)\b|\blocked\s+(?:me\s+|us\s+)?out\b`),
  rule('service-failure', 'Says they were charged wrongly.',
    String.raw`\b(?:charged|billed|debited|deducted|invoiced)\s+(?:me\s+|us\s+)?(?:twice|double|two\s+times|three\s+times|again|extra|wrongly|incorrectly|without)\b|\b(?:double|duplicate|wrong|extra|hidden|unauthori[sz]ed|excess(?:ive)?|unfair|illegal|incorrect)\s+(?:charges?|payments?|deductions?|debits?|billing|transactions?|fees?|invoices?|penalt(?:y|ies))\b|\bovercharg(?:ed|ing)\b|\bstop\s+(?:billing|charging|invoicing)\b|\b(?:we|i)\s+(?:didn${A}t|did\s+not|never)\s+(?:ask\s+for|order|approve|agree\s+to|authori[sz]e)\b|\bnobody\s+(?:here\s+|on\s+our\s+side\s+)?(?:approved|asked\s+for|ordered|authori[sz]ed|agreed\s+to)\b|\b(?:double|twice|triple|three\s+times)\s+(?:the|what|our|your)\s+(?:original\s+)?(?:estimate|quote|quotation|budget|agreed\s+\w+)\b|\b(?:credits?|refunds?|money|compensation)\s+(?:that\s+)?(?:we|i)\s+(?:are|am|were)\s+owed\b|\b(?:we|i)\s+(?:are|am|${A}re|${A}m)\s+(?:still\s+)?owed\b|\b(?:money|amount|funds)\s+(?:is\s+|has\s+been\s+|was\s+|got\s+)?(?:stuck|lost|gone|missing|deducted|debited)\b`),
  rule('service-failure', 'Says they cannot get something done or reach anyone.',
    String.raw`\b(?:unable|not\s+able)\s+to\b(?!\s+(?:attend|make\s+it|join|come|be\s+there|meet))|\b(?:can${A}t|cannot|cant|couldn${A}t|could\s+not)\s+(?:access|login|log\s+in|sign\s+in|use|pay|withdraw|transfer|reach|contact|get\s+(?:through|hold|in\s+touch|access|my|our|a\s+response|an\s+answer|a\s+(?:straight|clear|simple|proper|direct)\s+answer)|download|complete|reset|activate)\b|\b(?:not|nobody|no\s+one)\s+(?:is\s+)?(?:picking\s+up|answering|responding|helping|getting\s+back)\b`),
  rule('service-failure', 'Says there has been no resolution.',
    String.raw`\bwithout\s+(?:the\s+|it\s+|anything\s+)?(?:\w+\s+)?being\s+(?:fixed|resolved|addressed|sorted)\b|\bnothing\s+(?:\w+\s+){0,4}?(?:has|have)\s+(?:yet\s+)?(?:been\s+)?(?:addressed|fixed|resolved|actioned)\b|\bno\s+(?:resolution|solution|action(?!\s+(?:is\s+)?(?:needed|required|necessary))|refund|help|support|progress|proper\s+(?:response|reply|resolution|solution))\b|\b(?:not|never)\s+(?:been\s+)?(?:resolved|solved|addressed|actioned|rectified)\b|\b(?:issue|problem|complaint|ticket|query|case)\s+(?:is\s+|has\s+|remains\s+)?(?:still\s+)?(?:not\s+(?:been\s+)?(?:resolved|solved|closed|fixed|addressed)|unresolved|open|pending)\b`),
  // --- how long it has gone on
  rule('elapsed', 'Points out how long the problem has gone on.',
    String.raw`\btook\s+(?:you\s+|us\s+|them\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:days|weeks|months|hours)\b|\b(?:since|from|for)\s+(?:the\s+)?(?:last|past)\s+(?:\d+|a|one|two|three|four|five|six|seven|ten|several|many|few)\s+(?:days?|weeks?|months?|hours?|years?)\b|\bsince\s+(?:\d+|a|one|two|three|four|five|six|seven|ten|several|many|few)\s+(?:days?|weeks?|months?)\b|\b(?:till|until|as\s+of|up\s+to)\s+(?:now|date|today)\b|\bit${A}?s\s+been\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:\d+|a|one|two|three|four|five|six|seven|ten|several|many|few)\s+(?:days?|weeks?|months?|hours?)\b|\bmore\s+than\s+(?:\d+|a|one|two|three|four|five|six|several)\s+(?:days?|weeks?|months?)\s+(?:now|ago|since|already)\b`),

  // --- hostility: insults, profanity, hatred (anger aimed at someone)
  rule('hostility', 'Uses hostile or insulting language.',
    String.raw`\b(?:idiot(?:s|ic)?|moron(?:s|ic)?|stupid(?:ity)?|dumb(?:ass)?|imbeciles?|clowns?|jerks?|a(?:ss|rse)holes?|bastards?|pricks?|scumbags?|braindead|brain\s+dead|insufferable|pointless|hate(?!\s+to\b)|hated|hates|hating|despise|loathe|disgusting|hypocrit(?:e|es|ical)|liars?|lying|lied|cheats?|cheated|cheating|scam(?:med|mers?)?|frauds?|thie(?:f|ves)|looted|robbed|shameless|useless|worthless|clueless|screw\s+(?:you|him|her|them|this|that|it)|screwed|shut\s+up|get\s+lost|piss(?:es|ed)?\s+(?:me|us|off)|pissed|stop\s+(?:being|acting|pretending|lying|wasting|spamming|calling|sending)|ignorant|arrogant|greedy|entitled|toxic)\b`),
  rule('profanity', 'Swears.',
    String.raw`\b(?:shit(?:ty|head|show|post)?|shite|bullshit|bs|crap(?:py)?|f+u+c+k\w*|f\*+k\w*|wtf|ffs|stfu|smh|damn(?:ed|it)?|goddam(?:n|mit|n\s+it)?|sucks|sucked|suck|ugh+|trash|garbage|rubbish|nonsense|insane|bloody|freaking|frigging|friggin|effing|hell)\b(?![\s,!]+(?:yes|yeah|yea|yep|ya)\b)`),
  // --- exasperated and rhetorical questions
  rule('exasperated-question', 'Asks an exasperated or rhetorical question.',
    String.raw`\bhow\s+(?:dare|come|hard\s+is\s+it|many\s+more|long\s+(?:do|does|will|must|should)|(?:is|was|can)\s+(?:this|that|it)\s+(?:ok|okay|acceptable|legal|fair|possible|allowed|right))\b|\bwho\s+(?:cares|asked|does\s+that|the\s+hell|is\s+(?:going\s+to|responsible|accountable)|will\s+(?:pay|fix|take))\b|\bwhat\s+the\s+(?:hell|heck|fuck|f|actual)\b|\bwhat\s+is\s+wrong\s+with\b|\bwhat\s+on\s+earth\b|\bwhat${A}?s\s+the\s+point\b|\bwhat\s+is\s+the\s+point\b|\bwho\s+(?:checked|tested|reviewed|approved|signed\s+off)\s+(?:on\s+)?(?:this|that|it)\b|\bwhat\s+exactly\s+(?:has|have|did)\s+(?:you|your)\b|\bare\s+you\s+(?:kidding|serious|joking|for\s+real)\b|\byou${A}?ve\s+got\s+to\s+be\s+kidding\b|\bseriously\s*[?!]|\bfor\s+(?:god|christ|heaven|pete|fuck)${A}?s?\s+sake\b|\bgive\s+me\s+a\s+break\b|\b(?:i|we)\s+can${A}?t\s+believe\b|\bis\s+this\s+how\s+you\b|\bdo\s+you\s+(?:even|really|seriously|honestly)\b|\b(?:is\s+)?any(?:one|body)\s+(?:there|home|listening|reading|awake|out\s+there)\b|\bhello\s*\?|\bis\s+(?:this|that|it)\s+(?:fair|acceptable|normal|a\s+joke)\s*\?|\?[?!]+|!\?`),
  rule('why-question', 'Asks why.',
    String.raw`\bwhy\b[^.!?\n]{0,120}\?|\bwhy\s+(?:on\s+earth|the\s+hell|would|is\s+it\s+so)\b`),
  // --- disappointment: expectation let down
  rule('disappointment', 'Sounds let down.',
    String.raw`\b(?:too\s+bad|(?:what|such)\s+a\s+(?:shame|pity|waste|letdown)|shame\s+(?:on|that)|let\s+(?:me|us)\s+down|let\s+down|letdown|underwhelm(?:ed|ing)|overrated|mediocre|meh|not\s+worth|expected\s+(?:more|better)|hoped\s+for\s+(?:more|better)|wish\s+(?:i|we)\s+(?:had|hadn${A}t|never)|never\s+again|(?:would|will|could|can)\s+(?:never|not)\s+recommend|(?:wouldn${A}?t|won${A}?t|can${A}?t|don${A}?t|do\s+not)\s+recommend|never\s+recommend|(?:a\s+)?(?:big|huge|biggest|terrible)\s+mistake\s+(?:coming|choosing|signing|going|to\s+(?:choose|sign|go|use|trust))|(?:choosing|hiring|picking|signing\s+with|working\s+with|trusting)\s+(?:you|your\s+\w+)\s+was\s+a\s+(?:big|huge|terrible|costly)\s+mistake|worst\s+decision|(?:can${A}?t|cannot|won${A}?t|will\s+not|couldn${A}?t)\s+(?:\w+\s+){0,4}?(?:as\s+it\s+stands|in\s+(?:its|their)\s+current\s+(?:state|form))|paying\s+for\s+(?:\w+\s+){1,4}?(?:and|but)\s+(?:getting|receiving)|f(?:ell|alls?|alling)\s+(?:well\s+|far\s+)?short|below\s+(?:the\s+|our\s+|any\s+)?(?:standard|expectations?|par)|not\s+up\s+to\s+(?:standard|scratch|par)|sub-?standard|not\s+fit\s+for\s+purpose|lack\s+of\s+(?:any\s+)?(?:communication|response|progress|support|transparency|updates|professionalism|urgency|ownership|accountability|care)|regret\s+(?:choosing|signing|using|working|taking|opening|buying|trusting|hiring)|stay\s+away\s+from|(?:so|very|really|super|pretty)\s+(?:bad|poor|slow|annoying|irritating)|annoy(?:s|ing|ed|ance)?|irritat(?:es|ing|ed|ion)|bother(?:s|ed)\s+me|(?:i|we)\s+(?:can${A}?t|cannot)\s+stand|enough\s+(?:of|with|already))\b`),
  // --- sorrow and fear: negative but not displeasure with someone (scored, never a signal)
  rule('sorrow', 'Sounds sad or afraid rather than displeased.',
    String.raw`\b(?:sad(?:ly|ness|dest)?|cry(?:ing)?|cried|tears|heartbr(?:oken|eaking)|grie(?:f|ve|ving)|condolences|rest\s+in\s+peace|passed\s+away|miss\s+(?:him|her|you|them|my)|lonely|depress(?:ed|ion|ing)|scared|terrified|afraid|anxious|anxiety|nervous|frightened|fear(?:ful)?|hurts|hug|hugs|poor\s+(?:guy|girl|thing|kid|baby|soul))\b`, true),
  // --- a request to resolve (scored with a problem; the ask itself is in asks)
  rule('request', 'Asks them to resolve or help.',
    String.raw`\b(?:please|pls|plz|kindly|request\s+you\s+to|requesting\s+you\s+to)\s+(?:\w+\s+)?(?:help|resolve|assist|check|look\s+into|sort|fix|do\s+the\s+needful|revert|respond|reply|refund|return|reverse|rectify|correct|solve|process|expedite|arrange|update|clarify|investigate|take\s+(?:action|care)|reply|call\s+back|unblock|credit|release|reissue|resend|redo|re-?do|replace|amend)\b|\bhelp\s+(?:me|us)\s+(?:out|with|resolve|get|asap|please)\b|\bwhat\s+(?:should|do|can)\s+(?:i|we)\s+do\b|\bwho\s+(?:should|do|can)\s+(?:i|we)\s+(?:contact|call|speak|talk|approach)\b|\b(?:resolve|fix|sort\s+out|look\s+into|rectify)\s+(?:this|it|my|our|the)\s+(?:issue|problem|matter|complaint|query|request|asap)\b`),

  // --- problem reports (scored, shown as issues)
  rule('problem', 'Reports something not working.',
    String.raw`\b(?:not|isn${A}t|aren${A}t|wasn${A}t|doesn${A}t|don${A}t|didn${A}t|won${A}t|stopped|never|cannot|can${A}t|unable\s+to)\s+(?:\w+\s+)?(?:work|working|load|loading|open|opening|sync|syncing|connect|login|log\s+in|sign\s+in|access|received|receive|arrived|delivered|credited|refunded|processed|respond|responding|show|showing|update|updating|send|sending|print|save|saving|pay|use|completed?|finished|usable)\b`),
  rule('problem', 'Says something is full of errors or does nothing.',
    String.raw`\bfull\s+of\s+(?:errors|bugs|mistakes|typos|holes|issues|problems)\b|\b(?:went|gone|going|ran|run|running|is|was|are|were)\s+(?:\d+%\s+|way\s+|well\s+)?over\s+(?:the\s+)?budget\b|\bneed\s+(?:a|an)\s+(?:working|usable|functioning|stable)\b|\b(?:does|did|do)\s+(?:absolutely\s+)?nothing\b|\b(?:is|are|was|were|came\s+back|comes\s+back)\s+(?:completely\s+|totally\s+|all\s+)?(?:blank|empty|corrupt(?:ed)?|unusable|unreadable|out\s+of\s+date|outdated)\b`),
  rule('problem', 'Reports an error, a failure or a loss.',
    String.raw`\b(?:error|errors|bug|bugs|crash|crashes|crashed|crashing|broken|broke|breaks|fails|failed|failing|failure|outage|outages|glitch|defective|damaged|faulty|missing|lost|wrong|incorrect|mismatch|discrepancy|duplicate|overcharged|double[- ]charged|charged\s+(?:us\s+|me\s+)?twice|deducted|debited|declined|rejected|stuck|delayed|delay|late|fraud|fraudulent|scam|unauthori[sz]ed|locked\s+out|blocked|down|off\s+by)\b`, true),

  // --- calming evidence (scored against unhappiness, never a signal)
  rule('calm', 'Reassures or thanks.',
    String.raw`\b(?:no|not\s+a)\s+(?:problem|worries|worry|issue|issues|rush|hurry|pressure|stress|big\s+deal)\b|\bnot\s+(?:urgent|in\s+a\s+hurry|a\s+priority)\b|\bdon${A}t\s+worry\b|\bdo\s+not\s+worry\b|\bwhenever\s+(?:you\s+(?:can|get\s+a\s+chance)|suits|is\s+convenient)\b|\b(?:i\s+)?hate\s+to\s+(?:bother|trouble|disturb|ask|chase|nag|be\s+a\s+pain)\b|\b(?:sorry|apologies)\s+(?:to\s+bother|for\s+(?:the|my|bothering|any)|again)\b|\b(?:thanks|thank\s+you)\s+(?:so\s+much|again|for\s+(?:the|your|sorting|fixing|resolving|getting|all|a|looking))\b|\b(?:much|really|greatly)\s+appreciated\b|\blooking\s+forward\b(?!\s+to\s+(?:your|a|an)\s+(?:prompt|swift|quick|urgent|immediate|timely|speedy|early)\b)|\b(?:great|good)\s+(?:news|work|job)\b|\b(?:happy|glad|pleased|delighted)\s+(?:to|with|that)\b|\blooks?\s+(?:great|good|fine|perfect)\b|\ball\s+good\b|\bnothing\s+(?:major|serious|urgent|to\s+do\s+with\s+(?:you|your\s+\w+))\b|\bnot\s+(?:your|you\s+guys${A}?)\s+fault\b|\b(?:incident|issue|problem|outage|error|mistake|delay|glitch|news)s?\s+(?:\w+\s+)?(?:on|from)\s+our\s+(?:side|end)\b|\b(?:no\s+action|nothing)\s+(?:is\s+)?(?:needed|required|necessary)\b|\bfor\s+(?:your\s+)?(?:visibility|awareness)\b|\b(?:was|is|were|been)\s+(?:\w+\s+)?on\s+our\s+(?:side|end)\b`),
  rule('calm', 'Owns the mistake.',
    String.raw`\b(?:(?:my|our)\s+(?:own\s+)?(?:mistake|fault|error)(?!\s+(?:to|was|is|for|in|of)\b)|(?:my|our)\s+bad(?=\s*[.!,;)])|(?:mistake|error|problem|fault)\s+(?:was\s+)?on\s+(?:my|our)\s+(?:end|side|part))\b`, true),
  // --- formulas whose words are neither approval nor displeasure (skipped by the lexicon, never scored)
  rule('formula', 'A request formula or a term, not approval.',
    String.raw`\b(?:would|${A}d)\s+be\s+(?:very\s+|most\s+|really\s+)?(?:grateful|thankful|obliged|glad|happy)\s+if\b|\bappreciate\s+it\s+if\b|\bfixed\s+(?:fee|price|prices|cost|costs|rate|term|date|amount|budget|scope|bid|monthly|quote|sum)\b`),
  rule('resolved', 'Says the problem is solved.',
    String.raw`(?<!\b(?:says?|said|claims?|claimed|supposedly|apparently|allegedly|told\s+(?:us|me))\s+(?:it${A}s\s+|it\s+)?)\b(?:is|are|was|were|has\s+been|have\s+been|now|all|it${A}s|that${A}s|got)\s+(?:now\s+)?(?:fixed|resolved|sorted|working\s+(?:again|fine|now|perfectly)|back\s+(?:up|online|to\s+normal))\b|\b(?:fix|solution|workaround)\s+works\b|\bworks\s+(?:fine|perfectly|great|now)\b|\bruns\s+fine\b`, true),
];
