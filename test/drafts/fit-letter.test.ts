import { describe, expect, it } from 'vitest';
import { fitLetter } from '../../lib/drafts/fit-letter';

const LETTER = "Hi Rui,\n\nI'm sorry. This is serious.\n\nBest regards,\n[your name]";

describe('a letter put into a box that already holds text', () => {
  it('goes in as it is into an empty box', () => {
    expect(fitLetter(LETTER, '', '')).toBe(LETTER);
  });

  it("drops its greeting after the user's own and starts a new paragraph", () => {
    expect(fitLetter(LETTER, 'Hi Rui,', '')).toBe("\n\nI'm sorry. This is serious.\n\nBest regards,\n[your name]");
    expect(fitLetter(LETTER, 'Dear Mr Oliveira', '')).toMatch(/^\n\nI'm sorry/);
  });

  it("keeps its greeting after a sentence the user started, set apart from it", () => {
    expect(fitLetter(LETTER, 'Thanks for the call earlier.', '')).toBe(`\n\n${LETTER}`);
  });

  it('is set apart from what follows (their signature, the quoted history)', () => {
    expect(fitLetter(LETTER, '', 'On Tue, 4 Mar 2025 Rui wrote: …')).toBe(`${LETTER}\n\n`);
    expect(fitLetter(LETTER, '', '\nDana Lee | Northwind Studio')).toBe(LETTER);
  });
});

describe('a box that already signs off below the caret', () => {
  it("drops the letter's own sign-off above the mail client's signature", () => {
    // Outlook's signature block and Gmail's "-- " delimiter, as a rich editor's text reads (no line breaks between blocks).
    expect(fitLetter(LETTER, '', 'Best regards,Dana LeeNorthwind Studio')).toBe("Hi Rui,\n\nI'm sorry. This is serious.\n\n");
    expect(fitLetter(LETTER, '', '-- Dana Lee | Northwind Studio')).toBe("Hi Rui,\n\nI'm sorry. This is serious.\n\n");
  });

  it('keeps it above anything else: a quoted reply, a line the user typed', () => {
    expect(fitLetter(LETTER, '', 'On Tue, 4 Mar 2025 Rui wrote: …')).toMatch(/Best regards,\n\[your name\]\n\n$/);
    expect(fitLetter(LETTER, '', 'Thanks again for your patience with the invoices.')).toMatch(/\[your name\]\n\n$/);
  });
});

