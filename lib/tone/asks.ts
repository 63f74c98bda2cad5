/** What the client wants from us: a call, a refund, a date, a fix, an update, a cancellation. */
import type { ToneAsk } from './types';

const A = "['’]";
const REQUEST = String.raw`(?:please|kindly|can\s+you|could\s+you|would\s+you|i\s+need|we\s+need|i\s+want|we\s+want|i${A}d\s+like|we${A}d\s+like|i\s+would\s+like|we\s+would\s+like|i\s+expect|we\s+expect|i\s+demand|we\s+demand|need\s+you\s+to|make\s+sure|ensure)`;

const ASK_PATTERNS: readonly { kind: ToneAsk['kind']; re: RegExp }[] = [
  { kind: 'call', re: new RegExp(String.raw`\b(?:call|phone|ring)\s+(?:me|us)\b|\b(?:a|quick|schedule\s+a|set\s+up\s+a|jump\s+on\s+a|hop\s+on\s+a|arrange\s+a)\s+(?:call|meeting|video\s+call)\b|\b(?:speak|talk)\s+(?:to|with)\s+(?:someone|a\s+person|a\s+human|your\s+\w+)\b`, 'gi') },
  { kind: 'refund', re: new RegExp(String.raw`\b(?:refund(?:ed)?|money\s+back|reimburse(?:ment|d)?|compensat(?:e|ion)|credit\s+(?:note|back)|reverse\s+the\s+(?:charge|payment)|withhold(?:ing)?\s+payment)\b`, 'gi') },
  // Only when asked for: "If we don't have that, we will terminate the contract" is a threat (a churn
  // signal), not a request the reply should promise to answer.
  // The request's lead is matched, the ask is the named group: a look-behind here would rescan long
  // blank runs (masked history) at every position.
  { kind: 'cancel', re: new RegExp(String.raw`\b${REQUEST}\s{1,3}(?:to\s{1,3})?(?:\w{1,20}\s{1,3}){0,2}?(?<ask>cancel(?:l?ing|lation\s+of)?\s+(?:our|my|the|this)\s+(?:contract|subscription|account|order|plan|service|membership)\b|(?:terminate|end)\s+(?:our|my|the)\s+(?:contract|subscription|agreement)\b|close\s+(?:my|our)\s+account\b)`, 'gi') },
  // The question to the end of its clause ("when will the fix be live"), so the ask reads whole.
  { kind: 'date', re: new RegExp(String.raw`\bwhen\s+(?:will|can|is|are|do|does|should)\b[^.!?\n,;:()]{0,60}|\bby\s+when\b|\b(?:an?\s+)?(?:eta|timeline|time\s*frame|firm\s+dates?|date\s+for\s+the\s+fix)\b|\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|confirm)\s+when\b[^.!?\n,;:()]{0,60}`, 'gi') },
  { kind: 'update', re: new RegExp(String.raw`\b(?:an?|any|some|for\s+an?|the\s+latest)\s+(?:\w+\s+)?update\b|\bkeep\s+(?:me|us)\s+(?:posted|informed|updated)\b|(?<!\b(?:last|previous|latest|your|that|this|weekly|monthly)\s{1,3})\bstatus\s+(?:update|report)\b|\blet\s+(?:me|us)\s+know\s+(?:where|what|the\s+status|how)\b|\bwhere\s+things\s+stand\b|\bwhat\s+is\s+going\s+on\b`, 'gi') },
  { kind: 'fix', re: new RegExp(String.raw`\b${REQUEST}\s+(?:\w+\s+){0,2}(?:fix|fixed|resolve|resolved|sort\s+(?:this|it)\s+out|sorted|look\s+into|investigate|repair|correct|replace|replaced)\b|\b(?:needs?|has)\s+to\s+be\s+(?:fixed|resolved|sorted|corrected|replaced)\b`, 'gi') },
  // Not what is missing from the story: "your team tells us 'early next month' with no explanation".
  { kind: 'other', re: new RegExp(String.raw`(?<!\b(?:no|without|never\s+(?:got|had|received)|not\s+(?:a|an|one))\s{1,3}(?:\w{1,15}\s{1,3})?)\b(?:an?\s+)?(?:explanation|root\s+cause|apology|written\s+assurance)\b|\bexplain\s+(?:why|how|what)\b|\b(?:an?\s+)?(?:written|recovery|handover|action|remediation|improvement|corrective|transition)\s+plan(?:\s+with\s+(?:\w+\s+)?dates)?\b`, 'gi') },
];

/** Asks in order of appearance; one entry per distinct phrase. */
export function findAsks(masked: string, original: string): ToneAsk[] {
  const asks: ToneAsk[] = [];
  for (const { kind, re } of ASK_PATTERNS) {
    for (const m of masked.matchAll(re)) {
      const ask = m.groups?.ask;
      const start = ask === undefined ? m.index : m.index + m[0].length - ask.length;
      const end = m.index + m[0].length;
      if (asks.some((a) => a.start < end && start < a.end)) continue;
      asks.push({ kind, phrase: original.slice(start, end), start, end });
    }
  }
  return asks.sort((a, b) => a.start - b.start);
}
