import { describe, expect, it } from 'vitest';
import { formatDay, isPast } from '../../lib/drafts/dates';
import { caseContactFirstName, firstNameFrom } from '../../lib/drafts/names';

describe('firstNameFrom', () => {
  const cases: [string | null, string | null, string][] = [
    ['Jane Doe', 'x@acme.test', 'Jane'],
    ['Doe, Jane', '', 'Jane'],
    ['"Doe, Jane"', '', 'Jane'],
    ['Dr. Jane Doe', '', 'Jane'],
    ['Mrs Jane Doe', '', 'Jane'],
    ['JANE DOE', '', 'Jane'],
    ['jane doe', '', 'Jane'],
    ['DeShawn McKay', '', 'DeShawn'],
    ['Jane Doe (Acme Ltd)', '', 'Jane'],
    ['José Álvarez', '', 'José'],
    ['Mary-Jane Watson', '', 'Mary-Jane'],
    ['', 'jane.doe@acme.test', 'Jane'],
    [null, 'JANE_DOE@acme.test', 'Jane'],
    ['jane.doe@acme.test', 'jane.doe@acme.test', 'Jane'],
    ['J. Doe', 'j.doe@acme.test', ''],
    ['', 'jdoe@acme.test', ''],
    ['', 'support@acme.test', ''],
    ['', 'no-reply@acme.test', ''],
    ['Acme Support', 'help@acme.test', ''],
    // Fillers for a name nobody knew, and more shared mailboxes, in the name or the address.
    ['Someone', 'someone@gmail.test', ''],
    ['Unknown sender', '', ''],
    ['Unknown sender', 'maria.keller@acme.test', 'Maria'],
    ['me', '', ''],
    ['Customer', 'x@acme.test', ''],
    ['Info', 'info@acme.test', ''],
    ['Info-Desk', '', ''],
    ['Customer Care', 'customer.care@acme.test', ''],
    ['Enquiries', '', ''],
    ['', 'enquiries.uk@acme.test', ''],
    ['', 'client.services@acme.test', ''],
    ['', 'mailer-daemon@acme.test', ''],
    ['', 'unknown.user@acme.test', ''],
    // A filler word as a surname is still a person's name.
    ['Wei You', '', 'Wei'],
    ['Norman Mailer', '', 'Norman'],
    ['<script>alert(1)</script>', '', ''],
    ['', '', ''],
    [null, null, ''],
  ];
  for (const [display, address, expected] of cases) {
    it(`${JSON.stringify(display)} <${address}> → ${JSON.stringify(expected)}`, () => {
      expect(firstNameFrom(display, address)).toBe(expected);
    });
  }
});

describe('a company as the sender', () => {
  it('is not greeted by its first word; the address may still name the person', () => {
    expect(firstNameFrom('Harbourside Dental', 'reception@harbourside.example')).toBe('');
    expect(firstNameFrom('Tallis Media Ltd', 'gemma.hart@tallis.example')).toBe('Gemma');
    expect(firstNameFrom('Atelier Ferri Srl', null)).toBe('');
    expect(firstNameFrom('Sarah Baker', null)).toBe('Sarah');
    expect(firstNameFrom('Owen Price', null)).toBe('Owen');
  });
});

describe('caseContactFirstName', () => {
  it('greets the contact, never the company put in the contact field', () => {
    const client = { name: 'Acme Ltd', addresses: ['jo.bloggs@acme.example'] };
    expect(caseContactFirstName({ ...client, mainContact: { name: 'Jo Bloggs', email: 'jo.bloggs@acme.example' } })).toBe('Jo');
    expect(caseContactFirstName({ ...client, mainContact: { name: 'Acme Ltd', email: 'jo.bloggs@acme.example' } })).toBe('Jo');
    expect(caseContactFirstName({ ...client, mainContact: { name: 'Acme Ltd', email: 'accounts@acme.example' } })).toBe('');
    expect(caseContactFirstName({ ...client, mainContact: null })).toBe('Jo');
  });
});

describe('formatDay', () => {
  it('writes the weekday, day and month in words', () => {
    expect(formatDay(new Date('2026-12-03T12:00:00Z'), 'Europe/London')).toBe('Thursday 3 December');
  });

  it("uses the user's working time zone for instants", () => {
    const lateEvening = new Date('2026-12-03T23:30:00Z');
    expect(formatDay(lateEvening, 'Europe/London')).toBe('Thursday 3 December');
    expect(formatDay(lateEvening, 'Pacific/Auckland')).toBe('Friday 4 December');
  });

  it('keeps a bare calendar date on its own day in any zone', () => {
    expect(formatDay('2026-12-03', 'America/Los_Angeles')).toBe('Thursday 3 December');
  });

  it('gives a `[date]` placeholder instead of "Invalid Date", and survives a bad zone', () => {
    for (const bad of [null, undefined, '', 'not a date', new Date(Number.NaN)]) expect(formatDay(bad)).toBe('[date]');
    expect(formatDay(new Date('2026-12-03T12:00:00Z'), 'Mars/Olympus')).toMatch(/December/);
  });
});

describe('isPast', () => {
  const now = new Date('2026-12-03T15:00:00Z');
  it('compares instants, and lets a calendar day run to its end', () => {
    expect(isPast('2026-12-03T14:00:00Z', now)).toBe(true);
    expect(isPast('2026-12-03T16:00:00Z', now)).toBe(false);
    expect(isPast('2026-12-03', now)).toBe(false);
    expect(isPast('2026-12-02', now)).toBe(true);
    expect(isPast(null, now)).toBe(false);
  });
});
