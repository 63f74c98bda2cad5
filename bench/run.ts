/**
 * npm run bench [-- --smoke] [--markdown] [--build] [--only analyser,dashboard]
 *
 * Measures what the extension costs the user (issue 9) beside a baseline taken in the same run,
 * prints one table and writes bench/results.json. It reports numbers and never fails on them: the
 * exit code is non-zero only when a section is broken (e.g. the sidebar never shows a level).
 */
// First: lib/ code reads its UI strings through chrome.i18n, which plain Node does not have.
import { loadEnglishMessages } from './lib/node-i18n';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchAnalyser } from './analyser/bench';
import { benchBrowser } from './browser/bench';
import { benchBundle, ensureBuild } from './bundle/bench';
import { benchDatabase } from './db/bench';
import { configFor, type BenchConfig } from './lib/config';
import { machineInfo } from './lib/machine';
import { judge, type Row, type SectionError } from './lib/result';
import { markdownTable, textTable } from './lib/table';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

type Section = (config: BenchConfig) => Promise<Row[]> | Row[];

/** Run one at a time: sections running side by side would measure each other. */
const SECTIONS: Record<string, Section> = {
  analyser: benchAnalyser,
  bundle: () => benchBundle(),
  database: benchDatabase,
  browser: benchBrowser,
};

const config = configFor(values.smoke);
const wanted = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(SECTIONS);
const unknown = wanted.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(`bench: unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}

await loadEnglishMessages();
const started = Date.now();
const rows: Row[] = [];
const errors: SectionError[] = [];
if (wanted.includes('bundle') || wanted.includes('browser')) ensureBuild(values.build);
for (const name of wanted) {
  const t = Date.now();
  process.stderr.write(`bench: ${name}…`);
  try {
    rows.push(...(await SECTIONS[name](config)).map(judge));
    process.stderr.write(` ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    errors.push({ section: name, message });
    process.stderr.write(` FAILED\n${message}\n`);
  }
}

const machine = machineInfo();
const results = {
  when: new Date().toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  mode: config.smoke ? 'smoke' : 'full',
  seconds: Math.round((Date.now() - started) / 100) / 10,
  machine,
  rows,
  errors,
};
writeFileSync(path.join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const header = `${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverage1m}, ${machine.os}, Node ${machine.node}, ${machine.chromium ?? 'no Chromium'}`;
console.log(values.markdown ? `\`${results.command}\` — ${header}\n` : `${header}\n`);
console.log(values.markdown ? markdownTable(rows) : textTable(rows));
if (config.smoke) console.log('\n(smoke mode: tiny sample counts, the figures prove the sections run, not how fast they are)');
if (errors.length > 0) {
  console.error(`\nbench: ${errors.length} section(s) broken: ${errors.map((e) => e.section).join(', ')}`);
  process.exitCode = 1;
}
