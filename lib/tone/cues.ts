/** Runs the cue table over the masked body and applies negation and intensity modifiers. */
import { CUE_RULES, type CueKind } from './cue-rules';
import { MODIFIER_FACTOR, modifierBefore, negativeSubjectBefore } from './lexicon';
import { tokenIndexAt, type Token } from './text-units';

export interface CueHit {
  kind: CueKind;
  start: number;
  end: number;
  why: string;
  /** Strength multiplier: intensified ("really disappointed") > plain > hedged ("a bit disappointed"). */
  factor: number;
}

/** ALL-CAPS wording of a cue reads louder; bounded so shouting is counted once, in its own category. */
const CAPS_FACTOR = 1.2;

export function findCues(masked: string, tokens: Token[]): CueHit[] {
  const hits: CueHit[] = [];
  for (const rule of CUE_RULES) {
    rule.re.lastIndex = 0;
    for (const m of masked.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) continue;
      const at = tokenIndexAt(tokens, start);
      const mod = modifierBefore(tokens, at);
      if (rule.negatable && (mod === 'negated' || negativeSubjectBefore(tokens, at))) continue;
      const phrase = m[0];
      const loud = /[A-Z]{3}/.test(phrase) && phrase === phrase.toUpperCase();
      const factor = rule.strength * MODIFIER_FACTOR[mod === 'negated' || mod === null ? 'none' : mod] * (loud ? CAPS_FACTOR : 1);
      hits.push({ kind: rule.kind, start, end, why: rule.why, factor });
    }
  }
  return dropOverlaps(hits);
}

/** Two rules of the same kind matching the same words count once (the longer phrase wins). */
function dropOverlaps(hits: CueHit[]): CueHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CueHit[] = [];
  const lastEndByKind = new Map<CueKind, number>();
  for (const h of hits) {
    if ((lastEndByKind.get(h.kind) ?? -1) > h.start) continue;
    kept.push(h);
    lastEndByKind.set(h.kind, h.end);
  }
  return kept;
}
