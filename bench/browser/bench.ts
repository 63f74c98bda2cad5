import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';

export async function benchBrowser(_config: BenchConfig): Promise<Row[]> {
  return [];
}
