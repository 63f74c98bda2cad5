import { defineConfig } from 'vitest/config';

// Browser tests share one machine's two cores and one Chromium each: run files one at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
