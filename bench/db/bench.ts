/** Database section: repository functions and badge in Node. The dashboard's first render in Chromium is part of the browser section, which already has a browser running. */
import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';
import { benchDatabaseNode } from './node';

export async function benchDatabase(config: BenchConfig): Promise<Row[]> {
  return benchDatabaseNode(config);
}
