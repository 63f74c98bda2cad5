import { measure } from '../../lib/tone/measure';

/** The kinds of the cues found in a message's body, in order: what the cue tests assert on. */
export function cueKinds(text: string, subject?: string): string[] {
  return measure(text, subject).bodyCues.map((c) => c.kind);
}
