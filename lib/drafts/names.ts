/** A greeting name from a sender's display name or address; empty when unsure, because "Hi Jdoe," is worse than "Hello,". */
import type { Client } from '../cases/types';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam', 'rev']);

/** Shared mailboxes: greeting "Support" or "Enquiries" by name would be wrong. */
const ROLE_WORDS = new Set([
  'admin', 'accounts', 'billing', 'contact', 'hello', 'help', 'helpdesk', 'info', 'mail', 'noreply', 'no-reply',
  'notifications', 'office', 'sales', 'service', 'support', 'team', 'desk', 'reply', 'donotreply',
  'enquiries', 'enquiry', 'inquiries', 'inquiry', 'reception', 'care', 'services', 'orders', 'invoices', 'bookings',
  'feedback', 'marketing', 'newsletter', 'postmaster', 'daemon', 'webmaster', 'hr', 'dept', 'finance', 'payments',
]);

/**
 * Words that stand in for a name nobody knew: a mail client's or a form's filler ("Unknown sender",
 * "Someone", "Customer") or Gmail's "me". Tidied into a greeting they read "Hi Someone,". Only as the
 * name greeted: "Wei You" is a real name.
 */
const PLACEHOLDERS = new Set([
  'someone', 'somebody', 'anyone', 'nobody', 'unknown', 'anonymous', 'undisclosed', 'sender', 'recipient', 'recipients',
  'user', 'client', 'customer', 'me', 'you', 'name', 'none', 'null', 'undefined',
]);

/**
 * A company's display name ("Harbourside Dental", "Tallis Media Ltd", "Atelier Ferri Srl"): its first
 * word is no first name. Legal forms and sector words that are not also common surnames (two-letter forms
 * such as AG or BV are left out: they read as initials).
 */
const BUSINESS_WORDS = new Set([
  'ltd', 'limited', 'llc', 'llp', 'inc', 'incorporated', 'corp', 'corporation', 'plc', 'gmbh', 'srl', 'spa', 'sarl', 'sas',
  'pty', 'group', 'holdings', 'solutions', 'consulting', 'consultancy', 'consultants', 'agency',
  'studio', 'studios', 'media', 'dental', 'clinic', 'logistics', 'systems', 'technologies', 'software', 'digital', 'labs',
  'partners', 'associates', 'ventures', 'enterprises', 'industries', 'properties', 'insurance', 'bank', 'university',
  'council', 'hotel', 'restaurant', 'cafe', 'café', 'foundation', 'society', 'association', 'school', 'college', 'hospital',
  'pharmacy', 'practice', 'capital', 'accounting', 'accountants', 'legal', 'solicitors', 'lawyers', 'physio', 'veterinary',
  'vets', 'landscaping', 'construction', 'builders', 'engineering', 'manufacturing', 'trading', 'imports', 'exports',
]);

const isBusinessWord = (token: string): boolean => BUSINESS_WORDS.has(token.toLowerCase().replace(/[.,]+$/, ''));

/** Whole and in parts, so "Info-Desk" is a shared mailbox like "info". */
function isRoleWord(token: string): boolean {
  const lower = token.toLowerCase();
  return [lower, ...lower.split(/[-_.'’]/)].some((word) => ROLE_WORDS.has(word));
}

const NAME_TOKEN = /^\p{L}[\p{L}\p{M}'’-]*$/u;

const MAX_NAME_LENGTH = 40;

function tidy(token: string): string {
  // Only fix case when the sender typed it all one way; "McKay" and "DeShawn" stay as written.
  const lower = token.toLowerCase();
  if (token !== lower && token !== token.toUpperCase()) return token;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function isName(token: string): boolean {
  return token.length >= 2 && token.length <= MAX_NAME_LENGTH && NAME_TOKEN.test(token) && !isRoleWord(token) && !PLACEHOLDERS.has(token.toLowerCase());
}

function fromDisplayName(displayName: string): string {
  // Drop quotes and trailing "(Acme)" / "[EXT]" notes; "Doe, Jane" puts the given name after the comma.
  const plain = displayName.replace(/["“”]/g, '').replace(/[([{][^)\]}]*[)\]}]/g, ' ').trim();
  if (plain.includes('@')) return '';
  const commaAt = plain.indexOf(',');
  const given = commaAt >= 0 ? plain.slice(commaAt + 1) : plain;
  const tokens = given.split(/\s+/).filter(Boolean);
  if (tokens.some((token) => isRoleWord(token) || isBusinessWord(token))) return '';
  const first = tokens.find((token) => !TITLES.has(token.toLowerCase().replace(/\.$/, '')));
  return first && isName(first) ? tidy(first) : '';
}

function fromAddress(address: string): string {
  const local = address.trim().split('@')[0] ?? '';
  const parts = local.split(/[._+-]/).filter(Boolean);
  // A single-part local name ("jdoe", "sales") cannot be told apart from a name, so it is not used.
  if (parts.length < 2 || parts.some(isRoleWord)) return '';
  return isName(parts[0]) ? tidy(parts[0]) : '';
}

export function firstNameFrom(displayName: string | null | undefined, address: string | null | undefined): string {
  return fromDisplayName(displayName ?? '') || fromAddress(address ?? '');
}

/**
 * The first name a case draft greets. A case opened by hand may carry the company's name as the
 * contact's: never "Hi Acme,". One rule for the dashboard's drafts and the sidebar's.
 */
export function caseContactFirstName(client: Pick<Client, 'name' | 'mainContact' | 'addresses'>): string {
  const contact = client.mainContact;
  const personName = contact?.name && contact.name !== client.name ? contact.name : null;
  return firstNameFrom(personName, contact?.email ?? client.addresses[0] ?? null);
}
