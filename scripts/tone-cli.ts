/**
 * Tone analyser CLI, a thin shell over lib/tone.
 *
 *   npm run --silent tone -- --jsonl < in.jsonl > out.jsonl   lines of {id, text, subject?, sentAt?} → {id, ...ToneReport}
 *   npm run tone -- FILE                                      one message, pretty report
 *   npm run tone -- FILE --subject "Re: invoice" --sent-at 2024-03-06T10:00:00Z
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeTone, type ToneReport } from '../lib/tone/index';

interface InputLine {
  id?: unknown;
  text?: unknown;
  subject?: unknown;
  sentAt?: unknown;
}

function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function runJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let input: InputLine;
    try {
      input = JSON.parse(line) as InputLine;
    } catch {
      // One bad line must not lose the rest of a batch: report it and go on.
      process.stdout.write(`${JSON.stringify({ id: null, error: `line ${lineNo}: not JSON` })}\n`);
      continue;
    }
    const report = analyzeTone(typeof input.text === 'string' ? input.text : '', {
      subject: typeof input.subject === 'string' ? input.subject : undefined,
      sentAt: typeof input.sentAt === 'string' || typeof input.sentAt === 'number' ? input.sentAt : undefined,
    });
    process.stdout.write(`${JSON.stringify({ id: input.id ?? null, ...report })}\n`);
  }
}

function pretty(report: ToneReport): string {
  const out = [`status   ${report.status}`];
  if (report.status === 'ok') out.push(`score    ${report.score}   level ${report.level}   ${report.unhappy ? 'FLAGGED (unhappy)' : 'not flagged'}`);
  if (report.truncated) out.push(`note     only the first ${report.analysedLength} characters were analysed`);
  if (report.reasons.length) out.push('', 'why', ...report.reasons.map((r) => `  - ${r}`));
  if (report.signals.length) out.push('', 'signals', ...report.signals.map((s) => `  ${s.category.padEnd(19)} ${s.weight.toFixed(2).padStart(5)}  "${s.phrase}" @${s.start}`));
  if (report.issues.length) out.push('', 'issues', ...report.issues.map((i) => `  [${i.kind}] ${i.statement}`));
  if (report.asks.length) out.push('', 'asks', ...report.asks.map((a) => `  ${a.kind.padEnd(7)} "${a.phrase}"`));
  if (report.deadlines.length) out.push('', 'deadlines', ...report.deadlines.map((d) => `  "${d.phrase}" → ${d.resolved ?? '(unresolved)'}`));
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--jsonl')) return runJsonl();
  const file = args.find((a, i) => !a.startsWith('--') && !['--subject', '--sent-at'].includes(args[i - 1]));
  if (!file) {
    console.error('usage: npm run tone -- FILE [--subject S] [--sent-at ISO]   |   npm run --silent tone -- --jsonl < in.jsonl');
    process.exitCode = 2;
    return;
  }
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  console.log(pretty(analyzeTone(text, { subject: optionValue(args, '--subject'), sentAt: optionValue(args, '--sent-at') })));
}

// A reader that stops early (`| head`) closes the pipe: that ends the run, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

await main();
