/**
 * The content scripts stay small: they load the sidebar app (a web-accessible module built from
 * entrypoints/sidebar-app.ts) only once the mail page has loaded. The module, evaluated in the same
 * isolated world, registers its start function here and the content script calls it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { handoff } from '../handoff';
import type { MailProviderId } from '../providers/types';

export type StartSidebarApp = (ctx: ContentScriptContext, site: MailProviderId) => Promise<void>;

export const sidebarAppHandoff = handoff<StartSidebarApp>('sidebar-app');
