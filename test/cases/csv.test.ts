import { describe, expect, it } from 'vitest';
import { addAction, addIssue } from '../../lib/cases/case-edits';
import { getCaseDetail } from '../../lib/cases/case-detail';
import { actionsCsv, casesCsv, issuesCsv } from '../../lib/cases/case-csv';
import { listCases } from '../../lib/cases/case-list';
import { csvCell, toCsv } from '../../lib/cases/csv';
import { openCaseFromMessage } from '../../lib/cases/open-case';
import { angryMessage, freshDb, NOW } from './helpers';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' padded ', '" padded "'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers, booleans and empties as they are', () => {
    expect([csvCell(-3), csvCell(true), csvCell(null), csvCell(undefined)]).toEqual(['-3', 'true', '', '']);
  });

  it('joins rows with CRLF after a UTF-8 BOM', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
});

describe('issue and action CSV', () => {
  it('exports a case plan with evidence and links, every hostile cell inert', async () => {
    const db = freshDb();
    const { case: c, addedIssues } = await openCaseFromMessage(db, angryMessage());
    await addIssue(db, c.id, { statement: '=1+1', evidence: 'He wrote "=1+1", twice' }, NOW);
    await addAction(db, c.id, { action: '@SUM(A1)', issueId: addedIssues[0].id, quickWin: true, due: '2026-03-05', doneWhen: '=HYPERLINK("x") shows paid' }, NOW);
    const detail = await getCaseDetail(db, c.id);

    const issues = issuesCsv(detail).slice(1).split('\r\n');
    expect(issues[0]).toBe('#,Issue,Kind,Evidence,Agreed by client,Status,Resolved when,From message,Message date');
    expect(issues[1]).toBe(
      '1,Invoice 4411 charged twice,specific,You charged invoice 4411 twice.,no,open,,Invoice 4411 charged twice AGAIN,2026-03-02T09:12:00.000Z',
    );
    expect(issues[3]).toBe(`3,'=1+1,specific,"He wrote ""=1+1"", twice",no,open,,,`);

    const actions = actionsCsv(detail).slice(1).split('\r\n');
    expect(actions[0]).toBe('#,Action,For issue,Owner,Due,Done when,Quick win,Status,Done at');
    expect(actions[1]).toBe(`1,'@SUM(A1),Invoice 4411 charged twice,us,2026-03-05T00:00:00.000Z,"'=HYPERLINK(""x"") shows paid",yes,todo,`);
  });
});

describe('cases CSV', () => {
  it('lists every matching case with its client, step, severity, open issues and clock, hostile titles inert', async () => {
    const db = freshDb();
    await openCaseFromMessage(db, angryMessage());
    await openCaseFromMessage(
      db,
      angryMessage({ sender: { name: 'Lee', address: 'lee@globex.io' }, threadId: 't-200', messageId: 'm-9', subject: '=cmd|calc', issues: [] }),
    );
    const { items } = await listCases(db, { now: NOW });
    const lines = casesCsv(items).slice(1).split('\r\n');
    expect(lines[0]).toBe('Client,Contact,Case,Step,Severity,Score,Outcome,Open issues,Overdue,Next update due,Last update,Opened,Escalated');
    expect(lines).toHaveLength(items.length + 2);
    const acme = lines.find((l) => l.includes('Invoice 4411'));
    expect(acme).toBe('Acme Corp,dana.reyes@acme-corp.com,Invoice 4411 charged twice AGAIN,listen,upset,72,open,2,no,,,2026-03-02T10:00:00.000Z,');
    expect(lines.find((l) => l.includes('globex'))).toContain(",'=cmd|calc,");
  });
});
