/**
 * A whole letter put into a reply box that already holds text: the user's own "Hi Rui," or a line
 * they started, their signature or the quoted history below. The letter is set apart by a blank line
 * from what is before and after it, drops its own greeting when the user has already greeted, and
 * drops its own sign-off when the box already signs off below the caret (the mail client's signature,
 * "Best regards, Dana Lee"), so the reply does not end "Best regards, [your name]" above it.
 */

/** A greeting line as people type it: "Hi Rui,", "Dear Ms Lindqvist", "Good morning all". */
const GREETING_LINE = String.raw`(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|greetings)\b[^\n.!?]{0,60}[,!]?`;
const GREETING = new RegExp(`^${GREETING_LINE}$`, 'i');
/** The letter's own first line when it is a greeting, with the blank lines after it. */
const LEADING_GREETING = new RegExp(String.raw`^${GREETING_LINE}[ \t]*\n+`, 'i');

/** A sign-off as people write it, the words only: "Best regards", "Thanks", "Yours sincerely". */
const SIGN_OFF = String.raw`(?:best|kind|warm|warmest|many)?\s*(?:regards|wishes|thanks|thank you|cheers|sincerely|all the best|yours sincerely|yours truly|yours faithfully|best wishes)`;
/**
 * What follows the caret starts with a signature: the "-- " delimiter, or a sign-off followed by a line
 * break or a name ("Best regards,Dana Lee": a rich editor's text has no line breaks between its
 * blocks), not by more of a sentence ("Thanks again for…").
 */
const SIGN_OFF_HEAD = new RegExp(String.raw`^\s*(?:(--)\s|${SIGN_OFF}[,.!]?[ \t]*)`, 'i');
/** Case-sensitive on purpose: under the i flag \p{Lu} would match any letter. */
const NAME_OR_BREAK = /^(?:$|\n|\p{Lu})/u;

function signsOff(after: string): boolean {
  const head = SIGN_OFF_HEAD.exec(after);
  return head !== null && (head[1] !== undefined || NAME_OR_BREAK.test(after.slice(head[0].length)));
}
/** The letter's own closing paragraph: a sign-off line and at most two lines of name. */
const CLOSING = new RegExp(String.raw`\n\n${SIGN_OFF}\b[^\n]*(?:\n[^\n]+){0,2}\s*$`, 'i');

/** Text with all white space removed: a rich editor and a textarea lay the same letter out differently. */
const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The box already holds this letter (inserted before, maybe without its greeting or sign-off): its
 * longest paragraph is there. A second "Insert reply" then adds nothing.
 */
export function holdsLetter(boxText: string, letter: string): boolean {
  const longest = letter
    .split(/\n\s*\n/)
    .map(squash)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 20 && squash(boxText).includes(longest);
}

export function isGreetingLine(line: string): boolean {
  return GREETING.test(line.trim());
}

export function fitLetter(letter: string, before: string, after: string): string {
  const typed = before.trim();
  // Only a greeting typed just before the caret, not one from a message quoted further up.
  const lastLine = typed.split('\n').pop() ?? '';
  let text = isGreetingLine(lastLine) ? letter.replace(LEADING_GREETING, '') : letter;
  if (signsOff(after)) text = text.replace(CLOSING, '');
  if (typed !== '' && !/\n\s*$/.test(before)) text = `\n\n${text}`;
  if (after.trim() !== '' && !/^\s*\n/.test(after)) text = `${text}\n\n`;
  return text;
}
