/**
 * Just enough MIME to get the text/plain and text/html parts out of the shared .eml fixtures:
 * multipart nesting, base64, quoted-printable, utf-8/latin-1. Not a general parser.
 */
export interface MimeParts {
  headers: Record<string, string>;
  plain: string | null;
  html: string | null;
}

function splitHead(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function param(header: string | undefined, name: string): string | null {
  const m = new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, 'i').exec(header ?? '');
  return m ? m[1] : null;
}

function decode(body: string, headers: Record<string, string>): string {
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const charset = (param(headers['content-type'], 'charset') ?? 'utf-8').toLowerCase();
  let bytes: Buffer;
  if (encoding === 'base64') bytes = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  else if (encoding === 'quoted-printable') {
    const soft = body.replace(/=\r?\n/g, '');
    bytes = Buffer.from(soft.replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  } else bytes = Buffer.from(body, 'latin1');
  return new TextDecoder(charset === 'us-ascii' ? 'utf-8' : charset).decode(bytes);
}

export function parseEml(raw: string): MimeParts {
  const { headers, body } = splitHead(raw);
  const result: MimeParts = { headers, plain: null, html: null };
  const visit = (partHeaders: Record<string, string>, partBody: string) => {
    const type = (partHeaders['content-type'] ?? 'text/plain').toLowerCase();
    const boundary = param(partHeaders['content-type'], 'boundary');
    if (type.startsWith('multipart/') && boundary) {
      const pieces = partBody.split(`--${boundary}`).slice(1);
      for (const piece of pieces) {
        if (piece.startsWith('--')) break;
        const inner = splitHead(piece.replace(/^\r?\n/, ''));
        visit(inner.headers, inner.body);
      }
    } else if (type.startsWith('text/plain') && result.plain === null) result.plain = decode(partBody, partHeaders);
    else if (type.startsWith('text/html') && result.html === null) result.html = decode(partBody, partHeaders);
  };
  visit(headers, body);
  return result;
}
