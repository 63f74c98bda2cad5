/** Keyboard shortcuts: names in the manifest, forwarded by the background to the mail tab. */
export const COMMANDS = ['toggle-sidebar', 'open-case', 'insert-reply'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CommandMessage {
  crCommand: CommandName;
}

export function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && (COMMANDS as readonly string[]).includes(value);
}

export function isCommandMessage(value: unknown): value is CommandMessage {
  return typeof value === 'object' && value !== null && isCommandName((value as { crCommand?: unknown }).crCommand);
}
