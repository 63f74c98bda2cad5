/**
 * Realistic client emails of a given size, built deterministically from sentences a real thread
 * would carry: complaints, ordinary business, numbers, dates and names. Deterministic so every run
 * (and every analyser in a run) reads exactly the same text.
 */

const COMPLAINTS = [
  'This is the third outage this month and nobody from your team told us until we called.',
  'Frankly, this is unacceptable for a service we pay this much for.',
  'You promised a fix by Friday, Friday came and went, and we heard nothing.',
  "I'm tired of chasing you for updates every single week.",
  'Invoice 4471 charges us twice for the premium support tier we were promised as part of the renewal.',
  'Our finance team could not close the month because the export failed again.',
  'If this is not fixed by the end of the month we will be looking at other vendors.',
  'I need a call with someone senior by Thursday and a written plan with dates.',
  'We were told the migration would take two days; it has now been three weeks.',
  'Honestly, I am starting to wonder whether anyone over there reads our tickets.',
  'The dashboard has been timing out since Monday and our customers have noticed.',
  'Please stop sending me automated replies and have a person answer this.',
  'We have escalated this internally and our legal team is asking questions.',
  'The wrong pallets arrived again and our kitchen had to close the grill station for a day.',
];

const ORDINARY = [
  'Thanks for sending the updated proposal last week.',
  'I have attached the spreadsheet with the figures from our Berlin office.',
  'Our quarterly review is scheduled for the 14th at 10:00 in the main meeting room.',
  'Could you confirm the delivery address for the new equipment?',
  'Sam from procurement will join the call and can answer questions about the purchase order.',
  'We are moving the team offsite on Wednesday, so replies may be slow that day.',
  'The training session went well and the new starters found the guide helpful.',
  'Please use the reference PO-20931 on the next invoice so accounts can match it.',
  'Let me know if the onboarding checklist needs anything else from our side.',
  'We would like to add two more seats to the licence from next month.',
  'The signed contract is in the shared folder under Legal / 2025.',
  'Our IT team has whitelisted your domain, so the emails should arrive now.',
  'I will be out of office from the 22nd until the 3rd; Priya will cover for me.',
  'The pilot results look promising and we want to talk about the next phase.',
];

/** mulberry32: same sequence for the same seed, so runs are comparable. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An email body of about `bytes` UTF-8 bytes: roughly one sentence in three is a complaint. */
export function buildEmail(bytes: number, seed = 9): string {
  const next = generator(seed);
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)];
  const parts: string[] = ['Hi Dana,', ''];
  let size = 0;
  while (size < bytes - 60) {
    const sentences = 3 + Math.floor(next() * 4);
    const paragraph: string[] = [];
    for (let i = 0; i < sentences; i++) paragraph.push(next() < 0.35 ? pick(COMPLAINTS) : pick(ORDINARY));
    const text = paragraph.join(' ');
    parts.push(text, '');
    size += Buffer.byteLength(text) + 2;
  }
  parts.push('Maria', 'Maria Keller', 'Head of Operations, Acme Corp', '+1 415 555 0142');
  return parts.join('\n');
}

export const EMAIL_SIZES = { '2 KB': 2 * 1024, '20 KB': 20 * 1024, '200 KB': 200 * 1024 } as const;
export type EmailSize = keyof typeof EMAIL_SIZES;
