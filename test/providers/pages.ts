/** Loads a saved page from test/fixtures/pages into its own jsdom window at the real site URL. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

export const PAGES_DIR = path.resolve(__dirname, '../fixtures/pages');

export interface LoadOptions {
  /** Run the page's own fixture script (navigation swaps). */
  scripts?: boolean;
}

export function loadPage(file: string, url: string, options: LoadOptions = {}): JSDOM {
  const html = readFileSync(path.join(PAGES_DIR, file), 'utf8');
  return new JSDOM(html, { url, runScripts: options.scripts ? 'dangerously' : undefined, pretendToBeVisual: true });
}
