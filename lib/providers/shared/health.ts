/** Health reports: which required parts of the current view matched, and through which fallback. */
import type { HealthReport, MailProviderId, MailView, PagePart, PartHealth } from '../types';
import { findFirst, type SelectorEntry } from './selector-entry';

export function probePart(root: ParentNode, part: PagePart, entry: SelectorEntry): PartHealth {
  const match = findFirst(root, entry);
  return { part, ok: match !== null, matched: match?.css ?? null, fallbackIndex: match?.index ?? null };
}

/** For parts not found by one selector (e.g. the user's address, read from several sources). */
export function valuePart(part: PagePart, value: unknown, source: string | null): PartHealth {
  const ok = value !== null && value !== undefined && value !== '';
  return { part, ok, matched: ok ? source : null, fallbackIndex: null };
}

export function report(provider: MailProviderId, view: MailView, parts: PartHealth[]): HealthReport {
  const missing = parts.filter((p) => !p.ok).map((p) => p.part);
  return { provider, view, parts, ok: missing.length === 0, missing };
}
