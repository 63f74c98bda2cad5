/**
 * Emoji as valence evidence: chat-style mail and messages forwarded from chat use them where words
 * would say the same ("👍", "😡"). The word lexicon never sees them (they are not words). Each
 * distinct emoji counts once, on the lexicon's scale.
 */
const VALUES: Record<string, number> = {
  ...Object.fromEntries([...'😡🤬😠😤👎🙄😒😑💩🖕'].map((e) => [e, -2])),
  ...Object.fromEntries([...'😞😔😕😩😫🤦'].map((e) => [e, -1])),
  ...Object.fromEntries([...'👍👌🙂😊😀😃😄😁😍🥰❤♥💙💜💚🎉🙌👏🔥😎🤩✅'].map((e) => [e, 1.5])),
};

export interface EmojiValence {
  positive: number;
  negative: number;
}

export function emojiValence(text: string): EmojiValence {
  const result: EmojiValence = { positive: 0, negative: 0 };
  for (const e of new Set(text.match(/\p{Extended_Pictographic}/gu) ?? [])) {
    const v = VALUES[e] ?? 0;
    if (v > 0) result.positive += v;
    else result.negative -= v;
  }
  return result;
}
