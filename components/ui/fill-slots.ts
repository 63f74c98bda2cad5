import type { ComponentChildren } from 'preact';

/** A private-use character no message contains: it marks where an element goes in a translated sentence. */
export const SLOT = '\uE000';

/**
 * A sentence with markup inside, kept whole for translators: a message translated with SLOT as its
 * substitution has a SLOT where the element goes, and this puts the elements there, in order.
 */
export function fillSlots(text: string, ...parts: ComponentChildren[]): ComponentChildren[] {
  return text.split(SLOT).flatMap((piece, i) => (i === 0 ? [piece] : [parts[i - 1], piece]));
}
