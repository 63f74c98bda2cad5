/**
 * What a keyboard command does in the mail tab. The background forwards `commands.onCommand` to the
 * tab as `{ crCommand }` (lib/commands.ts); the content script hands each message here with callbacks
 * onto its sidebar, so the dispatch is testable without a browser or a mail page.
 */
import { isCommandMessage, type CommandName } from '../commands';

export interface CommandTargets {
  /** The content script's context was invalidated (extension reloaded or updated): do nothing. */
  isInvalid(): boolean;
  /** Show or hide the sidebar, as its own toggle button does. */
  toggleSidebar(): void;
  openCase(): Promise<unknown>;
  /** Load the listen-first reply and insert it into the reply box. */
  insertReply(): Promise<unknown>;
  /** A command's action failed; the sidebar shows its own errors, so the default is to stay quiet. */
  onError?(command: CommandName, error: unknown): void;
}

/** Runs the command a message names; returns it, or null for anything that is not a command message. */
export function handleCommand(message: unknown, targets: CommandTargets): CommandName | null {
  if (!isCommandMessage(message) || targets.isInvalid()) return null;
  const command = message.crCommand;
  const fail = (error: unknown) => targets.onError?.(command, error);
  try {
    if (command === 'toggle-sidebar') targets.toggleSidebar();
    else if (command === 'open-case') targets.openCase().catch(fail);
    else targets.insertReply().catch(fail);
  } catch (error) {
    fail(error);
  }
  return command;
}
