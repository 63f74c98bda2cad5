/**
 * Serves saved mail pages over local HTTPS on the real host names, so the extension's shipped match
 * patterns are what the browser tests exercise. Chromium maps the hosts here with --host-resolver-rules.
 * Gmail pages carry the Trusted Types CSP Gmail really sends, so anything that would break on Gmail
 * breaks here too.
 */
import { createServer, type Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import selfsigned from 'selfsigned';

export const MAIL_HOSTS = [
  'mail.google.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
] as const;

export const PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/pages');

/** Gmail's policy as of 2025: Trusted Types enforced for scripts (what matters to extensions). */
export const GMAIL_CSP = "require-trusted-types-for 'script'; object-src 'none'; base-uri 'self'";

export interface MailServer {
  port: number;
  /** `--host-resolver-rules` value that sends every mail host to this server. */
  resolverRules: string;
  /** Requests seen, for "nothing left the machine" checks. */
  requests: { host: string; url: string }[];
  close(): Promise<void>;
}

/** `?fixture=NAME` picks `test/fixtures/pages/NAME.html`; the rest of the URL is the site's own route. */
export async function startMailServer(pagesDir = PAGES_DIR): Promise<MailServer> {
  const altNames = MAIL_HOSTS.map((value) => ({ type: 2, value }));
  const pems = selfsigned.generate([{ name: 'commonName', value: 'mail.google.com' }], {
    days: 2,
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames }],
  });
  const requests: MailServer['requests'] = [];
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, async (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const url = new URL(req.url ?? '/', `https://${host}`);
    requests.push({ host, url: url.href });
    // Browsers ask for a favicon on every page; answer it so the console stays clean.
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const fixture = url.searchParams.get('fixture');
    if (!fixture || !/^[a-z0-9-]+$/.test(fixture)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no fixture');
      return;
    }
    try {
      const body = await readFile(path.join(pagesDir, `${fixture}.html`));
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      if (host === 'mail.google.com') headers['content-security-policy'] = GMAIL_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`fixture ${fixture} not found`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    resolverRules: MAIL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', '),
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
