/** A greeting name from a sender's display name or address; empty when unsure, because "Hi Jdoe," is worse than "Hello,". */

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam', 'rev']);

/** Shared mailboxes: greeting "Support" by name would be wrong. */
const ROLE_WORDS = new Set([
  'admin', 'accounts', 'billing', 'contact', 'hello', 'help', 'helpdesk', 'info', 'mail', 'noreply', 'no-reply',
  'notifications', 'office', 'sales', 'service', 'support', 'team', 'desk', 'reply', 'donotreply',
]);

const NAME_TOKEN = /^\p{L}[\p{L}\p{M}'’-]*$/u;

const MAX_NAME_LENGTH = 40;

function tidy(token: string): string {
  // Only fix case when the sender typed it all one way; "McKay" and "DeShawn" stay as written.
  const lower = token.toLowerCase();
  if (token !== lower && token !== token.toUpperCase()) return token;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function isName(token: string): boolean {
  return token.length >= 2 && token.length <= MAX_NAME_LENGTH && NAME_TOKEN.test(token) && !ROLE_WORDS.has(token.toLowerCase());
}

function fromDisplayName(displayName: string): string {
  // Drop quotes and trailing "(Acme)" / "[EXT]" notes; "Doe, Jane" puts the given name after the comma.
  const plain = displayName.replace(/["“”]/g, '').replace(/[([{][^)\]}]*[)\]}]/g, ' ').trim();
  if (plain.includes('@')) return '';
  const commaAt = plain.indexOf(',');
  const given = commaAt >= 0 ? plain.slice(commaAt + 1) : plain;
  const tokens = given.split(/\s+/).filter(Boolean);
  if (tokens.some((token) => ROLE_WORDS.has(token.toLowerCase()))) return '';
  const first = tokens.find((token) => !TITLES.has(token.toLowerCase().replace(/\.$/, '')));
  return first && isName(first) ? tidy(first) : '';
}

function fromAddress(address: string): string {
  const local = address.trim().split('@')[0] ?? '';
  const parts = local.split(/[._+-]/).filter(Boolean);
  // A single-part local name ("jdoe", "sales") cannot be told apart from a name, so it is not used.
  if (parts.length < 2 || parts.some((part) => ROLE_WORDS.has(part.toLowerCase()))) return '';
  return isName(parts[0]) ? tidy(parts[0]) : '';
}

export function firstNameFrom(displayName: string | null | undefined, address: string | null | undefined): string {
  return fromDisplayName(displayName ?? '') || fromAddress(address ?? '');
}
