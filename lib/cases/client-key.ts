/**
 * Who a sender belongs to. A company is everyone at its domain; a free-mail sender is a client of
 * their own, because two strangers at gmail.com are not one company.
 */

/** Exact free-mail domains. */
const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'live.com', 'msn.com', 'icloud.com', 'me.com',
  'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'pm.me', 'web.de', 'mail.ru', 'zoho.com',
  'fastmail.com', 'hey.com', 'tutanota.com', 'gmx.com', 'ymail.com',
]);

/** Free-mail brands registered under many country domains: hotmail.co.uk, yahoo.fr, gmx.de… */
const FREE_MAIL_BRANDS = new Set(['hotmail', 'yahoo', 'gmx', 'yandex', 'outlook', 'live']);

export function normaliseAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** The part after the last "@", lower-cased; empty when there is none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : normaliseAddress(address.slice(at + 1));
}

export function isFreeMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  if (FREE_MAIL_DOMAINS.has(d)) return true;
  const brand = d.split('.')[0];
  return FREE_MAIL_BRANDS.has(brand) && d.includes('.');
}

/** The key a client is stored under: its domain, or the full address for free-mail senders. */
export function clientKeyFor(address: string): string {
  const domain = domainOf(address);
  if (!domain || isFreeMailDomain(domain)) return normaliseAddress(address);
  return domain;
}

/** "acme-corp.co.uk" → "Acme Corp": the registrable label, split on - and _, title-cased. */
export function nameFromDomain(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  // Skip "www" and second-level suffixes such as co.uk / com.au, so the company label is used.
  const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'ltd', 'plc']);
  let i = labels.length >= 2 ? labels.length - 2 : 0;
  if (i > 0 && SECOND_LEVEL.has(labels[i]) && labels[labels.length - 1].length === 2) i -= 1;
  const label = labels[i] === 'www' ? labels[i + 1] ?? '' : labels[i] ?? '';
  return titleCase(label.replace(/[-_]+/g, ' '));
}

/**
 * A display name for a sender's client: the company name from the domain, or for free-mail senders
 * the sender's own name (falling back to the address).
 */
export function clientNameFor(sender: { name?: string | null; address: string }): string {
  const domain = domainOf(sender.address);
  if (domain && !isFreeMailDomain(domain)) return nameFromDomain(domain);
  const name = sender.name?.trim();
  return name || normaliseAddress(sender.address);
}

/** Company-form words written with their own capitals, not title case ("acme-gmbh" is Acme GmbH). */
const LEGAL_FORMS = new Map(
  ['GmbH', 'AG', 'KG', 'SA', 'SAS', 'SARL', 'SpA', 'BV', 'NV', 'ApS', 'LLC', 'LLP', 'PLC'].map((w) => [w.toLowerCase(), w]),
);

function titleCase(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 && LEGAL_FORMS.get(w)) || w[0].toUpperCase() + w.slice(1))
    .join(' ');
}
