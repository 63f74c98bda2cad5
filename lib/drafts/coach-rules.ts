/**
 * The phrases the coach flags, by finding kind. English detection data, kept apart from the texts the user sees.
 * Every pattern is a flat alternation of literal words joined by `\s+`: no nested quantifiers, so matching stays
 * linear however the user types.
 */
import type { CoachFindingKind } from './types';

export interface PhraseRule {
  kind: Extract<CoachFindingKind, 'excuse' | 'defensive' | 'blame' | 'overpromise'>;
  pattern: RegExp;
}

const A = "['’]"; // straight or curly apostrophe, as people type both

/** Whole words only: "guarantee" should not fire inside "unguaranteed", nor "on your end" inside "upon your endorsement". */
function phrases(alternatives: string[]): RegExp {
  return new RegExp(`\\b(?:${alternatives.join('|')})(?![A-Za-z])`, 'gi');
}

export const PHRASE_RULES: readonly PhraseRule[] = [
  {
    kind: 'excuse',
    pattern: phrases(
      [
        'through\\s+no\\s+fault\\s+of\\s+(?:our|my)\\s+own',
        'beyond\\s+(?:our|my)\\s+control',
        'out\\s+of\\s+(?:our|my)\\s+hands',
        'circumstances\\s+beyond',
        '(?:we|I)\\s+(?:were|was|have\\s+been|are|am)\\s+(?:very\\s+|extremely\\s+|really\\s+|incredibly\\s+)?(?:busy|swamped|overloaded|short[-\\s]staffed|understaffed)',
        `(?:we${A}re|I${A}m|we${A}ve\\s+been|I${A}ve\\s+been)\\s+(?:very\\s+|extremely\\s+|really\\s+)?(?:busy|swamped|short[-\\s]staffed|understaffed)`,
        'due\\s+to\\s+(?:an?\\s+|the\\s+)?(?:unusually\\s+)?(?:high|heavy|large)\\s+(?:volume|demand|workload)',
        'as\\s+you\\s+can\\s+(?:imagine|appreciate)',
        'in\\s+our\\s+defen[cs]e',
        'to\\s+be\\s+fair',
        `(?:it${A}s|it\\s+is|it\\s+was)\\s+(?:just\\s+)?(?:a\\s+)?(?:one[-\\s]off|glitch|rare\\s+occurrence)`,
      ],
    ),
  },
  {
    kind: 'defensive',
    pattern: phrases(
      [
        'as\\s+I\\s+(?:have\\s+)?(?:already\\s+)?(?:said|mentioned|explained|stated|pointed\\s+out|told\\s+you)',
        'as\\s+(?:previously|already|earlier)\\s+(?:mentioned|stated|explained|discussed|noted)',
        '(?:as\\s+)?per\\s+my\\s+(?:last|previous|earlier)\\s+(?:e-?mail|message|note|reply)',
        `that${A}?s\\s+not\\s+how\\s+(?:it|this|things)\\s+works?`,
        'that\\s+is\\s+not\\s+how\\s+(?:it|this|things)\\s+works?',
        'our\\s+policy\\s+(?:is|states|says)',
        'if\\s+you\\s+had\\s+read',
        'please\\s+(?:re-?)?read\\s+my',
        'with\\s+(?:all\\s+)?due\\s+respect',
        'I\\s+(?:did|have)\\s+(?:already\\s+)?(?:explained|told\\s+you)',
        'you\\s+need\\s+to\\s+understand',
      ],
    ),
  },
  {
    kind: 'blame',
    pattern: phrases(
      [
        'unfortunately,?\\s+you',
        `(?:it${A}s|it\\s+is|it\\s+was|that${A}s|that\\s+is|this\\s+is)\\s+not\\s+(?:our|my)\\s+fault`,
        `(?:it${A}s|it\\s+is|it\\s+was)\\s+(?:not\\s+)?(?:your|their|the\\s+client${A}s)\\s+fault`,
        'not\\s+our\\s+fault',
        `you\\s+(?:should|shouldn${A}t|should\\s+not)\\s+have`,
        `you\\s+should${A}ve`,
        'you\\s+(?:failed|forgot|neglected)\\s+to',
        `you\\s+(?:didn${A}t|did\\s+not)\\s+(?:read|follow|check|tell|send|provide)`,
        'you\\s+were\\s+supposed\\s+to',
        `your\\s+(?:team|side|staff|IT|developers?)\\s+(?:failed|forgot|didn${A}t|did\\s+not|broke)`,
        'user\\s+error',
        'on\\s+your\\s+end',
        '(?:our|the)\\s+(?:supplier|vendor|provider|contractor|third[-\\s]party)\\s+(?:failed|let\\s+us\\s+down|is\\s+to\\s+blame|was\\s+to\\s+blame)',
      ],
    ),
  },
  {
    kind: 'overpromise',
    pattern: phrases(
      [
        'guarantee(?:s|d|ing)?',
        'never\\s+happen\\s+again',
        `won${A}t\\s+(?:ever\\s+)?happen\\s+again`,
        'will\\s+not\\s+happen\\s+again',
        '100\\s?%',
        '100\\s+percent',
        'a\\s+hundred\\s+percent',
        'rest\\s+assured',
        'promise\\s+(?:you\\s+)?(?:this|it)\\s+will\\s+never',
      ],
    ),
  },
];

/** Any of these shows the reply acknowledges the client before anything else. */
export const ACKNOWLEDGEMENT = new RegExp(
  [
    'sorry',
    'apologi[sz]e',
    'apology',
    'thank\\s+you\\s+for',
    'thanks\\s+for',
    'I\\s+understand',
    'I\\s+hear\\s+you',
    `you${A}re\\s+right`,
    'you\\s+are\\s+right',
    'frustrat(?:ing|ed|ion)',
    'I\\s+appreciate',
    'my\\s+fault',
    'our\\s+responsibility',
    'on\\s+us',
    'own\\s+this',
  ]
    .map((p) => `\\b${p}\\b`)
    .join('|'),
  'i',
);

// No "sat", "sun" or "wed": as words they are far commoner than as days.
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|thu|thur|thurs|fri';
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

/** A concrete time the client can hold the writer to. "Soon" and "ASAP" are deliberately not dates. */
export const DATE_COMMITMENT = new RegExp(
  [
    `\\b(?:${WEEKDAYS})\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`,
    `\\b(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    '\\b\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{1,4})?\\b',
    '\\b(?:today|tonight|tomorrow)\\b',
    '\\bthis\\s+(?:morning|afternoon|evening|week)\\b',
    '\\b(?:end|close)\\s+of\\s+(?:the\\s+)?(?:day|week|business)\\b',
    '\\b(?:eod|cob|eow)\\b',
    '\\bwithin\\s+(?:\\d+|an?|one|two|three|four|five|24|48)\\s+(?:hours?|days?|working\\s+days?|business\\s+days?)\\b',
    '\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)\\b',
    '\\b\\d{1,2}:\\d{2}\\b',
  ].join('|'),
  'i',
);
