/**
 * Valence lexicon: VADER's word list (valence.json, see README for source and licence) as broad
 * coverage, overridden by our own short list written for client mail. Values: negative =
 * displeasure. Words that are negative but usually harmless in business mail ("sorry", "problem",
 * "issue", "urgent", "no") are neutral here: problems are counted separately as problem reports,
 * negators are handled as negation, and apologies are not anger.
 */
import vader from './valence.json';

/** VADER rates on −4…4 and more generously; this brings it to our −3…2 scale. */
const VADER_SCALE = 0.75;

const NEUTRAL_IN_BUSINESS = new Set(
  ('sorry apologies apologise apologize problem problems issue issues urgent no please cancel cancelled miss missed ' +
    'question questions help pressure kill killing demand demands reminder overdue risk risks care matter ' +
    'stop stopped ' +
    // Chat shorthand in VADER ("po" = pissed off) that is a purchase order in business mail.
    'po ' +
    // Health news ("the flu going round the office", "off with covid") explains a delay; it is not displeasure.
    'flu illness sickness covid fever injury injured ' +
    // Rated positive by VADER, but in client mail they are formulas, intensifiers or topics, not
    // approval: "kindly resolve", "honestly, this is…", "with all due respect", "pretty bad",
    // "super slow", "customer support", "Dear team", "credit note".
    'kindly honestly frankly truly sure yes yeah yep well dear kind respect support pretty super like wish free share hand credit ' +
    // Contract vocabulary: "as agreed", "approved budget", "we were assured", "the SLA guarantees"
    // name terms of a deal, and complaints cite them more than anyone.
    'agreed agreement agreements approval approved assurance assurances assured ' +
    'guarantee guaranteed guarantees promise promised promises commitment committed').split(' '),
);
const BY_VALUE: Record<number, string> = {
  [-3]:
    'terrible horrible awful appalling atrocious abysmal dreadful disgusting disgraceful outrageous ' +
    'pathetic worst useless incompetent furious livid unacceptable ridiculous shameful scam fraud ' +
    'fraudulent cheated cheating lied liar lying hate hated hateful disgusted infuriating infuriated ' +
    'nightmare disaster disastrous joke garbage rubbish crap shit shitty fuck fucking bullshit sucks ' +
    'scammed robbed unprofessional negligent negligence inexcusable',
  [-2]:
    'bad poor disappointed disappointing disappointment frustrated frustrating frustration angry anger annoyed ' +
    'annoying irritated irritating upset unhappy dissatisfied unsatisfied unsatisfactory mess messed sloppy ' +
    'careless rude ignored ignoring misleading misled lousy shoddy inadequate unreliable failure broken ' +
    'defective damaged faulty fed worse worst-case stupid dumb absurd chaotic chaos hassle harassed ' +
    'pissed mad outraged horrendous dismal subpar unresponsive unhelpful wasted waste ruined ugly ' +
    'cheap fake misery miserable worthless fail fails failed failing lost losing nonsense ' +
    'complain complaint complaints complaining regret regrets blame blamed hopeless sick tired',
  [-1]:
    'slow late delayed delay delays confusing confused unclear wrong incorrect missing stuck concern ' +
    'concerned concerns worried worry unfortunately unfortunate inconvenient inconvenience difficult ' +
    'trouble struggling struggle disappointingly poorly odd strange weird afraid doubt doubtful ' +
    'mistake mistakes error errors bug bugs glitch lacking lack questionable sadly sad annoyance ' +
    'overcharged charged declined rejected refused blocked pending unresolved',
  [1]:
    'good fine ok okay nice helpful useful clear quick prompt smooth easy ready resolved fixed sorted ' +
    'working pleased glad like liked enjoy enjoyed fair solid reliable responsive welcome thanks thank ' +
    'appreciate appreciated hope hopefully interesting',
  [2]:
    'great happy love loved lovely excellent awesome amazing fantastic wonderful brilliant perfect ' +
    'delighted grateful thrilled impressed impressive superb outstanding exceptional smoothly ' +
    'recommend recommended best beautiful exciting excited congratulations congrats kudos',
};

export const VALENCE: ReadonlyMap<string, number> = new Map(
  [
    ...Object.entries(vader.words as Record<string, number>).map(([w, v]) => [w, v * VADER_SCALE] as const),
    ...Object.entries(BY_VALUE).flatMap(([v, words]) => words.split(/\s+/).map((w) => [w, Number(v)] as const)),
  ].filter(([w]) => !NEUTRAL_IN_BUSINESS.has(w)),
);

export const NEGATORS = new Set(
  ("not no never n't don't doesn't didn't isn't wasn't aren't weren't won't can't cannot couldn't " +
    "wouldn't shouldn't haven't hasn't hadn't nothing nobody none neither nor without hardly barely " +
    'dont doesnt didnt isnt wasnt arent werent wont cant couldnt wouldnt shouldnt havent hasnt').split(' '),
);

export const INTENSIFIERS = new Set(
  ('very really extremely so too totally absolutely completely utterly incredibly highly deeply seriously truly ' +
    'increasingly thoroughly terribly awfully beyond most entirely').split(' '),
);

export const HEDGES = new Set('slightly somewhat bit little kinda maybe perhaps possibly fairly mildly rather'.split(' '));
