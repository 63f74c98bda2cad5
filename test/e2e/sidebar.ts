/** Locators into the sidebar's open shadow root, by the names outside checks rely on. */
import type { Page } from 'playwright-core';

export function sidebar(page: Page) {
  const host = () => page.locator('[data-client-rescue="sidebar"]');
  // Playwright's CSS locators pierce open shadow roots.
  return {
    host,
    tone: () => host().locator('[data-cr="tone"]'),
    level: () => host().locator('[data-cr="tone"]').getAttribute('data-level'),
    issues: () => host().locator('[data-cr="issue"]'),
    button: (name: string | RegExp) => host().getByRole('button', { name }),
  };
}
