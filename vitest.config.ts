import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // fakeBrowser has no i18n.getMessage: this one reads locales/en.yml. Preact's effects: see preact-setup.
    setupFiles: ['test/support/i18n-setup.ts', 'test/support/preact-setup.ts'],
    // Two cores on CI: more workers only thrash.
    maxWorkers: 2,
  },
});
