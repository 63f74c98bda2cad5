import { describe, expect, it } from 'vitest';
import { analyzeTone, MAX_ANALYSED_CHARS } from '../../lib/tone/index';

describe('status', () => {
  it('too-short: score null, no level, not flagged', () => {
    for (const text of ['', 'ok', 'Thanks!', '   \n  ']) {
      const r = analyzeTone(text);
      expect(r.status).toBe('too-short');
      expect(r.score).toBeNull();
      expect(r.level).toBeUndefined();
      expect(r.unhappy).toBe(false);
    }
  });

  const FOREIGN = {
    French: "Bonjour, nous ne sommes pas satisfaits du service. La facture est toujours incorrecte et nous attendons une réponse depuis deux semaines.",
    German: 'Guten Tag, wir sind mit dem Service nicht zufrieden. Die Rechnung ist immer noch falsch und wir warten seit zwei Wochen auf eine Antwort.',
    Spanish: 'Hola, no estamos contentos con el servicio. La factura sigue siendo incorrecta y llevamos dos semanas esperando una respuesta.',
    Chinese: '您好，我们对服务不满意。发票仍然不正确，我们已经等了两个星期的回复。',
  };
  for (const [lang, text] of Object.entries(FOREIGN)) {
    it(`unsupported-language: ${lang}`, () => {
      const r = analyzeTone(text);
      expect(r.status).toBe('unsupported-language');
      expect(r.score).toBeNull();
      expect(r.level).toBeUndefined();
      expect(r.unhappy).toBe(false);
    });
  }

  it('a terse English note without function words is still English', () => {
    expect(analyzeTone('Received damaged product. Packaging broken, terrible courier.').status).toBe('ok');
  });

  it('English with a foreign greeting is still English', () => {
    expect(analyzeTone('Hola Maria, we are still waiting for the corrected invoice from last week.').status).toBe('ok');
  });

  it('input beyond the cap is not read and is reported as truncated', () => {
    const filler = 'Thanks for the update on the project plan. '.repeat(1000);
    const r = analyzeTone(`${filler}This is unacceptable and we will cancel our contract.`);
    expect(r.truncated).toBe(true);
    expect(r.analysedLength).toBe(MAX_ANALYSED_CHARS);
    expect(r.unhappy).toBe(false);
  });
});

describe('quoted history and signature are ignored', () => {
  const reply = 'Thanks, that works for us. See you on Thursday.';
  const angryHistory = [
    `${reply}\n\nOn Mon, 4 Mar 2024 at 10:02, Dana Smith <dana@example.com> wrote:\n> This is unacceptable. We will cancel our contract and call our lawyers.\n> Still broken!!!`,
    `${reply}\n\n> This is unacceptable. We will cancel our contract and call our lawyers.`,
    `${reply}\n\nFrom: Dana Smith <dana@example.com>\nSent: Monday, March 4, 2024 10:02 AM\nTo: Support\nSubject: Outage\n\nThis is unacceptable. We will cancel our contract and call our lawyers.`,
    `${reply}\n\n-----Original Message-----\nThis is unacceptable. We will cancel our contract and call our lawyers.`,
  ];
  for (const text of angryHistory) {
    it(`ignores: ${text.split('\n')[2] ?? text.slice(50, 80)}`, () => {
      const r = analyzeTone(text);
      expect(r.unhappy).toBe(false);
      expect(r.signals).toEqual([]);
    });
  }

  it('ignores a signature block after a sign-off', () => {
    const r = analyzeTone('Could you send the Q2 numbers when ready?\n\nBest regards,\nMark Lee\nHead of Escalations | Disaster Recovery Ltd');
    expect(r.signals).toEqual([]);
  });

  it('still reads the new part of a reply', () => {
    const r = analyzeTone('We were promised this by Friday and it is still not done.\n\nOn Mon, Dana wrote:\n> Will be done by Friday!');
    expect(r.unhappy).toBe(true);
    expect(r.signals.every((s) => s.end < 60)).toBe(true);
  });
});
