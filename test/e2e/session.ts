/** One local mail server and one Chromium with the built extension per test file, closed after it. */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startMailServer, type MailServer } from './mail-server';

export interface MailSession {
  readonly server: MailServer;
  readonly browser: ExtensionBrowser;
}

export function useMailSession(pagesDir?: () => string): MailSession {
  let server: MailServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startMailServer(pagesDir?.());
    browser = await launchWithExtension(server.resolverRules);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('The mail server is not started yet (use it inside a test).');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not launched yet (use it inside a test).');
      return browser;
    },
  };
}
