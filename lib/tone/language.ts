/**
 * A cheap language check: our lexicons and rules are English only, so other languages get
 * `unsupported-language` instead of a confident but meaningless score.
 */
import { VALENCE } from './lexicon-words';
import type { Token } from './text-units';

/** Frequent English words: what isEnglish counts, and what a word in capitals must be to read as emphasis (shouting.ts). */
export const ENGLISH: ReadonlySet<string> = new Set(
  ('the and to of a is in it you that we for this not on with are be have i was my our your please ' +
    'can will would could should me us they what when there been has but if at as from by an or ' +
    "still just about any do does did don't i'm it's we're hi thanks thank " +
    // Short notes and tweets ("No response since last 10 days") carry few of the words above.
    'no since last yet why how who which where than then too very so now all also only again after before ' +
    'because into over some same even got get am were he she his her them their its more than').split(' '),
);

// Frequent function words of the languages our users most often receive mail in.
const OTHER = new Set(
  ('le la les des est et une un pour que vous nous pas du au avec sur ce cette je suis merci bonjour ' +
    'der die das und ist nicht wir sie ich ein eine mit für auf zu den dem bitte danke sehr ihr uns ' +
    'el los las y por para una con está es muy gracias hola usted nosotros pero como del al su ' +
    'il di che per non sono della grazie ' +
    'het een van en ik je niet zijn op dat voor met ' +
    'não uma os obrigado você com muito').split(' '),
);

/** Share of letters outside the Latin script above which a message cannot be English prose. */
const NON_LATIN_LIMIT = 0.3;

export function isEnglish(text: string, tokens: Token[]): boolean {
  const letters = countMatches(text, /\p{L}/gu);
  if (letters === 0) return false;
  if (countMatches(text, /(?!\p{Script=Latin})\p{L}/gu) / letters > NON_LATIN_LIMIT) return false;
  let en = 0;
  let foreign = 0;
  let feeling = 0;
  for (const t of tokens) {
    if (ENGLISH.has(t.w)) en++;
    else if (OTHER.has(t.w)) foreign++;
    else if (VALENCE.has(t.w)) feeling++;
  }
  // Short English notes can have few function words ("Received damaged product"), but then they have
  // English words of feeling; foreign mail is rich in its own function words.
  return en >= foreign && (en > 0 || tokens.length < 6 || (foreign === 0 && feeling >= 2));
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (re.lastIndex = 0; re.exec(text); ) n++;
  return n;
}
