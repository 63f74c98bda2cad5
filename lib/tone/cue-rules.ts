/**
 * The complaint cue table: what a phrase means and why it counts. Each pattern is a plain
 * alternation with bounded gaps — no nested unbounded quantifiers — so matching stays linear even
 * on adversarial input. Patterns run case-insensitively over the masked body.
 */
import type { SignalCategory } from './types';

/** Internal cue kinds: the signal categories plus evidence that is scored but not shown as a signal. */
export type CueKind = SignalCategory | 'problem' | 'calm' | 'resolved';

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
    String.raw`\b(?:was|were|is|are)\s+supposed\s+to\b|\bshould\s+(?:have|'ve)\s+(?:been|arrived|received|heard|had|got)\b|\bshould${A}ve\s+(?:been|arrived|received|heard|had|got)\b`),
  rule('broken-promise', 'Says the problem is still not resolved.',
    String.raw`\bstill\s+(?:not|no|isn${A}t|hasn${A}t|haven${A}t|doesn${A}t|don${A}t|didn${A}t|can${A}t|cannot|won${A}t|waiting|awaiting|broken|missing|failing|down|pending|unresolved|nothing|outstanding|wrong|stuck|chasing|having|getting|seeing|the\s+same|an\s+issue|a\s+problem)\b`),
  rule('broken-promise', 'Says a promised thing has not arrived yet.',
    String.raw`\byet\s+to\s+(?:receive|hear|see|get|be)\b|\bnot\s+yet\s+(?:been\s+)?(?:received|delivered|refunded|credited|resolved|fixed|sorted|done|paid|processed|shipped|arrived)\b|\b(?:has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:received|refunded|credited|resolved|fixed|processed|heard\s+back)\b|\b(?:hasn${A}t|haven${A}t)\s+(?:yet\s+)?(?:been\s+)?(?:received|refunded|credited|resolved|fixed|processed|heard\s+back|got\s+back|arrived)\b`),
  rule('broken-promise', 'Says a deadline was missed.',
    String.raw`\bmissed\s+(?:the|our|your|another|a)\s+(?:deadline|date|sla|delivery|window|call|meeting)\b|\b(?:deadline|due\s+date)\s+(?:has\s+)?(?:passed|came\s+and\s+went|was\s+missed)\b|\b(?:past|long)\s+overdue\b|\boverdue\b|\b(?:was|were)\s+due\s+(?:last\s+\w+|yesterday|on\s+\w+|\w+\s+(?:days|weeks)\s+ago)\b`),
  rule('broken-promise', 'Points out how long they have been waiting.',
    String.raw`\b(?:been|still|kept)\s+waiting\b|\bwaiting\s+(?:for|since)\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:\d+|a|an|one|two|three|four|five|six|several|many|weeks|days|months|ages)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:days|weeks|months)\s+(?:now|later|and\s+(?:still|counting|no|nothing|not))\b`),
  rule('broken-promise', 'Says nobody has replied or updated them.',
    String.raw`\b(?:no|never|not\s+(?:a|one)\s+single|not\s+a|without\s+(?:a|any))\s+(?:(?:single|real|proper)\s+)?(?:response|reply|update|answer|word|call\s*back|callback|follow[- ]?up|feedback|communication)\b|\bnobody\s+(?:has\s+|is\s+)?(?:got\s+back|replied|responded|called|answering|responding|replying|picking\s+up|getting\s+back|let\s+(?:us|me)\s+know)\b|\bno\s+one\s+(?:has\s+)?(?:got\s+back|replied|responded|called)\b|\bheard\s+nothing\b|\bnever\s+(?:heard\s+back|got\s+back|received|arrived|came)\b`),

  // --- repeat failure
  rule('repeat-failure', 'Says the same problem has happened again.',
    String.raw`\b(?:yet|once)\s+again\b|\b(?:happened|happening|broken|broke|failed|failing|down|crashed|crashing|wrong|late|missing|stopped|occurred|back)\s+again\b|\bagain\s*[!?]|\bagain\s+and\s+again\b|\bover\s+and\s+over\b|\btime\s+(?:and|after)\s+time\b|\bsame\s+(?:issue|problem|error|mistake|bug|thing)\s+(?:again|as\s+(?:before|last))\b`),
  rule('repeat-failure', 'Counts how many times this has happened.',
    String.raw`\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\d+th|umpteenth|nth)\s+(?:time|message|email|request|reminder|call|attempt|follow[- ]?up)\b|\b(?:how\s+many|multiple|several|numerous|countless|many|repeated|\d+|three|four|five|six)\s+(?:times|emails|calls|tickets|reminders|follow[- ]?ups|requests|messages|attempts|complaints)\b|\btwice\s+(?:already|now|this|in)\b`),
  rule('repeat-failure', 'Says the problem keeps happening.',
    String.raw`\b(?:every\s+(?:single\s+)?time|each\s+time|all\s+the\s+time|constantly|repeatedly|continually|continuously|persistently|keeps?\s+(?:happening|failing|crashing|breaking|going|getting|coming|dropping|losing|sending|charging)|(?:recurring|recurrent|persistent|ongoing|constant|repeated)\s+(?:issue|issues|problem|problems|error|errors|outage|outages|failure|failures|bug|bugs|delays?))\b`),
  rule('repeat-failure', 'Says they already raised this before.',
    String.raw`\b(?:already|previously|repeatedly)\s+(?:asked|raised|reported|emailed|called|flagged|mentioned|explained|requested|chased|complained|informed|told\s+you)\b|\b(?:reported|raised|asked|emailed|flagged|chased|complained)\s+(?:this|it|about\s+this)?\s*(?:twice|before|multiple\s+times|several\s+times|repeatedly|again)\b|\bchasing\s+(?:this|again|up\s+again|you)\b|\b(?:another|a\s+second|a\s+third|yet\s+another)\s+(?:reminder|follow[- ]?up|chaser)\b`),

  // --- frustration
  rule('frustration', 'Says outright that they are unhappy.',
    String.raw`\b(?:frustrat(?:ed|ing|ion)|disappoint(?:ed|ing|ment)|dissatisf(?:ied|action)|unsatisf(?:ied|actory)|unhappy|upset|annoyed|angry|furious|livid|exasperated|fed\s+up|appalled|disgusted|outraged|infuriat(?:ed|ing)|aggravat(?:ed|ing))\b`, true),
  rule('frustration', 'Says the situation is unacceptable.',
    String.raw`\b(?:unacceptable|ridiculous|absurd|outrageous|disgraceful|appalling|shameful|inexcusable|pathetic|unprofessional|incompetent|(?:a\s+|complete\s+|total\s+)?shambles)\b`, true),
  rule('frustration', 'Says plainly that this is not good enough.',
    String.raw`\bnot\s+(?:happy|impressed|satisfied|acceptable|good\s+enough|ok|okay|pleased|fair|professional)\b|\b(?:isn${A}t|wasn${A}t|is\s+not|was\s+not)\s+(?:acceptable|good\s+enough|ok|okay|fair|professional)\b`),
  rule('frustration', 'Says their patience has run out.',
    String.raw`\b(?:sick\s+(?:and\s+tired\s+)?of|tired\s+of|had\s+enough|enough\s+is\s+enough|at\s+(?:my|our)\s+wits${A}?\s+end|lost\s+(?:all\s+)?(?:patience|confidence|trust|faith)|losing\s+(?:patience|confidence|trust|faith)|running\s+out\s+of\s+patience|going\s+(?:round|around)\s+in\s+circles|getting\s+nowhere|beyond\s+(?:frustrat\w*|a\s+joke))\b`),
  rule('frustration', 'Calls the situation a mess or a waste.',
    String.raw`\b(?:this|it|that)\s+(?:is|has\s+been|was)\s+(?:a|an|such\s+a|an\s+absolute|a\s+complete|a\s+total)\s+(?:\w+\s+)?(?:joke|mess|nightmare|disaster|farce|shambles|fiasco)\b|\bwaste\s+of\s+(?:\w+\s+)?(?:time|money|effort)\b|\b(?:worst|terrible|horrible|awful|poor|bad|lousy|shoddy|abysmal|appalling|pathetic)\s+(?:\w+\s+)?(?:service|support|experience|quality|communication|response|handling|customer\s+care|product|job|work)\b`, true),

  // --- urgency
  rule('urgency', 'Marks the matter as urgent.',
    String.raw`\b(?:urgent(?:ly)?|asap|a\.s\.a\.p|as\s+soon\s+as\s+possible|immediately|right\s+away|at\s+once|without\s+(?:further\s+)?delay|time[- ]sensitive|top\s+priority|highest\s+priority|critical|emergency)\b`, true),
  rule('urgency', 'Says the problem is hurting their business right now.',
    String.raw`\b(?:losing|lost)\s+(?:money|sales|revenue|customers|clients|business|orders|data)\b|\b(?:production|prod|site|website|system|platform|service|portal|checkout|server)\s+(?:is|are|has\s+been|went|was)\s+(?:completely\s+)?(?:down|offline|unavailable)\b|\bcannot\s+wait\b|\bcan${A}t\s+wait\s+(?:any\s+longer|until|till)\b|\b(?:holding|held)\s+up\s+(?:our|the)\b|\b(?:blocking|blocked)\s+(?:us|our|the\s+whole)\b|\bat\s+risk\b`),
  rule('urgency', 'Sets a hard deadline.',
    String.raw`\bno\s+later\s+than\b|\bwithin\s+(?:the\s+next\s+)?(?:\d+|24|48|one|two|three)\s+(?:hours|business\s+days|working\s+days|days)\b|\bby\s+(?:end\s+of\s+(?:the\s+)?(?:day|today|business)|eod|cob|close\s+of\s+business|tonight)\b`),

  // --- churn threat
  rule('churn-threat', 'Threatens to cancel or leave.',
    String.raw`\b(?:cancel|cancelling|canceling|terminate|terminating|end|ending|close|closing)\s+(?:our|my|the|this)\s+(?:contract|subscription|account|agreement|service|relationship|membership|plan|partnership|order)\b`, true),
  rule('churn-threat', 'Says they are looking at other providers.',
    String.raw`\b(?:look|looking|consider|considering|evaluate|evaluating|explore|exploring|switch|switching|move|moving|go|going|talk|talking)\s+(?:at\s+|to\s+|with\s+)?(?:other|another|alternative|a\s+different|different|new)\s+(?:vendors?|providers?|suppliers?|options|agenc(?:y|ies)|partners?|compan(?:y|ies)|firms?|solutions?|services?)\b|\b(?:take|taking|move|moving)\s+(?:our|my)\s+business\s+elsewhere\b|\b(?:to|with)\s+(?:a|your)\s+competitors?\b`, true),
  rule('churn-threat', 'Says they will not renew or are reconsidering.',
    String.raw`\b(?:won${A}t|will\s+not|not\s+going\s+to|do\s+not\s+intend\s+to|don${A}t\s+plan\s+to)\s+(?:be\s+)?renew(?:ing)?\b|\breconsider(?:ing)?\s+(?:our|the|this|my)\s+(?:relationship|partnership|contract|agreement|subscription|business)\b|\b(?:last|final)\s+(?:chance|straw|warning)\b`),

  // --- legal threat
  rule('legal-threat', 'Mentions lawyers or legal action.',
    String.raw`\b(?:legal\s+(?:action|proceedings|steps|recourse|route|remedies)|lawsuit|litigation|take\s+(?:you|this|the\s+matter)\s+to\s+court|small\s+claims|consumer\s+(?:court|forum)|ombudsman|trading\s+standards|better\s+business\s+bureau)\b|\b(?:our|my)\s+(?:lawyers?|attorneys?|solicitors?|legal\s+(?:team|department|counsel))\b|\b(?:will|shall|going\s+to|may|prepared\s+to|right\s+to)\s+sue\b`, true),
  rule('legal-threat', 'Says the contract has been breached.',
    String.raw`\bbreach(?:ed|ing)?\s+(?:of\s+)?(?:the\s+|our\s+|your\s+)?(?:contract|agreement|sla|terms)\b`, true),
  rule('legal-threat', 'Threatens a formal dispute or complaint.',
    String.raw`\b(?:file|filing|lodge|lodging|raise|raising|make|making)\s+(?:a\s+)?formal\s+complaint\b|\bchargeback\b|\bdispute\s+(?:the|this)\s+(?:charge|payment|transaction)\b|\breport(?:ing)?\s+(?:you|this|the\s+matter|your\s+company)\s+to\s+(?:the\s+)?\w+`, true),

  // --- escalation request
  rule('escalation-request', 'Asks to escalate the matter.',
    String.raw`\bescalat(?:e|ed|ing|ion)\b`, true),
  rule('escalation-request', 'Asks for someone more senior.',
    String.raw`\b(?:speak|talk|speaking|talking)\s+(?:to|with)\s+(?:your|a|the|someone\s+more|someone)\s+(?:manager|supervisor|boss|superior|director|senior|head|ceo|vp|account\s+manager)\b|\bsomeone\s+(?:more\s+)?senior\b|\bput\s+me\s+in\s+touch\s+with\s+(?:your|a|the)\s+(?:manager|supervisor|boss|director|head)\b|\b(?:cc${A}?(?:ing|ed|d)?|copying|looping\s+in|loop\s+in|including)\s+(?:our|my|your)\s+(?:ceo|cfo|coo|cto|director|managing\s+director|vp|boss|manager|head\s+of\s+\w+|legal)\b|\btake\s+(?:this|it)\s+(?:higher|further|up\s+the\s+chain)\b|\bwho\s+is\s+(?:your|the)\s+(?:manager|supervisor|person\s+in\s+charge)\b`),

  // --- blame
  rule('blame', 'Blames the other side directly.',
    String.raw`\b(?:you|your\s+(?:team|staff|people|company|guys|developers|engineers|support|consultants?|side|agency))\s+(?:clearly\s+|obviously\s+|just\s+|have\s+|has\s+)?(?:failed|broke|messed\s+up|screwed\s+up|dropped\s+the\s+ball|ignored|forgot|lost|deleted|missed|overcharged|misled|mishandled|botched|ruined)\b|\b(?:your|this\s+is\s+your|entirely\s+your|completely\s+your)\s+(?:mistake|error|fault|screw[- ]?up|negligence|incompetence|oversight)\b|\b(?:it${A}s|it\s+is|this\s+is)\s+(?:on\s+)?your\s+(?:fault|end|side)\b|\bnot\s+ours\b`),
  rule('blame', 'Makes a sweeping accusation.',
    String.raw`\byou\s+(?:never|always|don${A}t\s+even|do\s+not\s+even|didn${A}t\s+even|can${A}t\s+even|clearly\s+don${A}t|obviously\s+don${A}t)\b|\b(?:nobody|no\s+one)\s+(?:on\s+your\s+(?:side|end|team)\s+|there\s+|at\s+your\s+company\s+)?(?:seems\s+to\s+)?(?:cares?|bothered|listens?|knows?|reads?|takes?\s+responsibility)\b|\byou\s+people\b|\bnothing\s+(?:\w+\s+){0,3}(?:works|worked|gets\s+done|has\s+changed|changes)\b`),

  // --- sarcasm
  rule('sarcasm', 'Reads as sarcastic.',
    String.raw`\b(?:oh\s+)?(?:great|fantastic|wonderful|brilliant|lovely|perfect|awesome|terrific|marvell?ous)[,.!]?\s+(?:just\s+)?(?:another|more|again|the\s+same)\b|\bthanks?\s+(?:you\s+)?for\s+nothing\b|\bthanks\s+a\s+(?:lot|bunch|million)\b|\b(?:yeah|sure),?\s+right\b|\bwhat\s+a\s+(?:surprise|shock|joke)\b|\bsurprise,?\s+surprise\b|\blove\s+(?:how|that)\s+(?:i|we|you|your)\b|\b(?:clearly|obviously)\s+(?:a|our|my|this\s+is\s+a)\s+(?:\w+\s+)?(?:top\s+)?priority\b|\bmust\s+be\s+nice\b|\bslow\s+clap\b|\bdon${A}t\s+(?:strain|hurt)\s+yourself\b|\bit${A}s\s+(?:only|just)\s+been\s+(?:\w+\s+)?(?:days|weeks|months)\b`, false, UNAMBIGUOUS),
  rule('sarcasm', 'Puts a word in scare quotes.',
    String.raw`["“‘'](?:fixed|resolved|stable|urgent|priority|support|working|update|soon|service|help|premium|quick|tested|done|solution|team)["”’']`),

  // --- polite-masked anger
  rule('polite-anger', 'Uses a polite formula that usually signals irritation.',
    String.raw`\bper\s+my\s+(?:last|previous|earlier|prior)\s+(?:\w+\s+)?(?:email|message|mail|note|e-mail)\b|\bas\s+(?:per\s+my|i|we)\s+(?:have\s+)?(?:previously\s+|already\s+)?(?:mentioned|stated|said|noted|explained|indicated|requested|pointed\s+out|advised)\b|\bas\s+(?:previously|already)\s+(?:mentioned|stated|discussed|requested|explained|advised|noted)\b|\bwith\s+(?:all\s+)?due\s+respect\b|\bwith\s+respect,`, false, UNAMBIGUOUS),
  rule('polite-anger', 'Asks politely for a reply that is overdue.',
    String.raw`\b(?:i|we)${A}?d\s+appreciate\s+(?:an?|your|some)\s+(?:\w+\s+)?(?:update|response|reply|answer|explanation)\b|\b(?:i|we)\s+would\s+appreciate\s+(?:an?|your|some)\s+(?:\w+\s+)?(?:update|response|reply|answer|explanation)\b|\bat\s+your\s+earliest\s+(?:convenience|opportunity)\b|\b(?:an?|any)\s+update\s+would\s+be\s+(?:appreciated|great|helpful|welcome)\b|\bstill\s+awaiting\b|\b(?:following|circling|checking)\s+(?:up|back|in)\s+(?:again|once\s+more|for\s+the\s+\w+\s+time|on\s+(?:my|our)\s+(?:previous|last|earlier))\b|\b(?:gentle|friendly|second|final|another)\s+reminder\b|\bkindly\s+(?:advise|revert|explain|expedite|ensure|respond)\b`),
  rule('polite-anger', 'Sounds formally pointed.',
    String.raw`\b(?:to\s+be|to\s+put\s+it)\s+(?:frank|honest|blunt|clear)\b|\b(?:quite\s+)?frankly\b|\bi\s+trust\s+(?:you|this|that)\s+(?:will|can|understand)\b|\bi\s+(?:must|have\s+to)\s+(?:say|stress|insist|point\s+out|express)\b|\bplease\s+(?:advise|explain)\s+(?:why|how)\b|\b(?:i|we)\s+(?:would\s+have|${A}d\s+have)\s+(?:thought|expected)\b|\b(?:i|we)\s+(?:expect(?:ed)?|deserve)\s+(?:much\s+|far\s+|a\s+lot\s+)?(?:better|more)\b|\bsurely\s+(?:you|it|this|someone)\b|\bi\s+would\s+have\s+expected\b`),

  // --- problem reports (scored, shown as issues)
  rule('problem', 'Reports something not working.',
    String.raw`\b(?:not|isn${A}t|aren${A}t|wasn${A}t|doesn${A}t|don${A}t|didn${A}t|won${A}t|stopped|never|cannot|can${A}t|unable\s+to)\s+(?:\w+\s+)?(?:work|working|load|loading|open|opening|sync|syncing|connect|login|log\s+in|sign\s+in|access|received|receive|arrived|delivered|credited|refunded|processed|respond|responding|show|showing|update|updating|send|sending|print|save|saving|pay|use)\b`),
  rule('problem', 'Reports an error, a failure or a loss.',
    String.raw`\b(?:error|errors|bug|bugs|crash|crashes|crashed|crashing|broken|broke|breaks|fails|failed|failing|failure|outage|outages|glitch|defective|damaged|faulty|missing|lost|wrong|incorrect|mismatch|discrepancy|duplicate|overcharged|double[- ]charged|charged\s+(?:us\s+|me\s+)?twice|deducted|debited|declined|rejected|stuck|delayed|delay|late|fraud|fraudulent|scam|unauthori[sz]ed|locked\s+out|blocked|down|off\s+by)\b`, true),

  // --- calming evidence (scored against unhappiness, never a signal)
  rule('calm', 'Reassures or thanks.',
    String.raw`\b(?:no|not\s+a)\s+(?:problem|worries|worry|issue|issues|rush|hurry|pressure|stress|big\s+deal)\b|\bnot\s+(?:urgent|in\s+a\s+hurry|a\s+priority)\b|\bdon${A}t\s+worry\b|\bdo\s+not\s+worry\b|\bwhenever\s+(?:you\s+(?:can|get\s+a\s+chance)|suits|is\s+convenient)\b|\b(?:sorry|apologies)\s+(?:to\s+bother|for\s+(?:the|my|bothering|any)|again)\b|\b(?:thanks|thank\s+you)\s+(?:so\s+much|again|for\s+(?:the|your|sorting|fixing|resolving|getting|all|a|looking))\b|\b(?:much|really|greatly)\s+appreciated\b|\blooking\s+forward\b|\b(?:great|good)\s+(?:news|work|job)\b|\b(?:happy|glad|pleased|delighted)\s+(?:to|with|that)\b|\blooks?\s+(?:great|good|fine|perfect)\b|\ball\s+good\b|\bnothing\s+(?:major|serious|urgent|to\s+do\s+with\s+you)\b|\bon\s+our\s+(?:side|end)\b`),
  rule('resolved', 'Says the problem is solved.',
    String.raw`\b(?:is|are|was|were|has\s+been|have\s+been|now|all|it${A}s|that${A}s|got)\s+(?:now\s+)?(?:fixed|resolved|sorted|working\s+(?:again|fine|now|perfectly)|back\s+(?:up|online|to\s+normal))\b|\b(?:fix|solution|workaround)\s+works\b|\bworks\s+(?:fine|perfectly|great|now)\b|\bruns\s+fine\b`, true),
];
