/**
 * Puts the sidebar into a mail page: an open shadow root beside the reading pane (our styles and the
 * site's never meet), driven by the controller, following navigation, data changes and settings.
 */
import { i18n } from '../../lib/content/page-i18n';
import { render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { handleCommand } from '../../lib/content/commands-handler';
import { createSidebarController, type SidebarController } from '../../lib/content/controller';
import type { Notice, SidebarState } from '../../lib/content/sidebar-state';
import { watchPageTheme, type Theme } from '../../lib/content/theme';
import { place } from '../../lib/content/placement';
import { onDataChange } from '../../lib/messaging/changes';
import type { Attention } from '../../lib/content/attention';
import { createListFlags } from '../../lib/content/list-flags';
import { answerTabRequest } from '../../lib/content/tab-requests';
import { renderChip } from '../inbox/list-chip';
import { createValueStore, type ValueStore } from '../../lib/content/value-store';
import { watchCompose } from '../../lib/content/compose-watch';
import type { CoachFinding } from '../../lib/drafts/types';
import { useValueStore } from './use-value-store';
import { request } from '../../lib/messaging/client';
import { keepWorkerWarm } from '../../lib/messaging/keep-warm';
import type { MailProvider, MountPoint } from '../../lib/providers/types';
import type { Settings } from '../../lib/settings/schema';
import { getSettings, watchSettings } from '../../lib/settings/store';
import { Sidebar, type SidebarActions } from './Sidebar';
import { withNotices } from './notice-actions';
// Passed to the shadow root as text: the app is a module of its own, not the content script's entry.
import sidebarCss from './sidebar.css?inline';
import { errorMessage } from '../../lib/error-message';

/** The attribute that marks our sidebar's host element (a name outside checks rely on). */
const HOST_MARK = ['data-client-rescue', 'sidebar'] as const;

const APPEND: Record<MountPoint['attach'], 'last' | 'first' | 'before' | 'after'> = {
  append: 'last',
  prepend: 'first',
  before: 'before',
  after: 'after',
};

/** Which message the sidebar shows, or which state it is in when it shows none. */
function noticeKey(state: SidebarState): string {
  return state.kind === 'analysed' ? `analysed\u0000${state.message.threadId}\u0000${state.message.messageId}` : state.kind;
}

interface RootProps {
  controller: SidebarController;
  actions: SidebarActions;
  /** The mail page's theme, followed live (lib/content/theme.ts). */
  theme: ValueStore<Theme>;
  attention: ValueStore<Attention[]>;
  coach: ValueStore<CoachFinding[] | null>;
  /** The line at the top of the sidebar; keyboard commands, outside the component, say things there too. */
  notice: ValueStore<Notice | null>;
}

/** The sidebar app inside the shadow root; exported for component tests. */
export function SidebarRoot({ controller, actions, theme: themeStore, attention: attentionStore, coach: coachStore, notice: noticeStore }: RootProps) {
  const [state, setState] = useState(controller.state);
  const theme = useValueStore(themeStore);
  const attention = useValueStore(attentionStore);
  const coach = useValueStore(coachStore);
  const notice = useValueStore(noticeStore);
  // A layout effect, not useEffect: Preact runs plain effects only after the next paint, and an answer
  // arriving before that (the sidebar is mounted again when a site replaces the reading pane it sits
  // beside) waited for it: ~25 ms of every Outlook "next message" in the bench.
  useLayoutEffect(() => {
    let shown = noticeKey(controller.state);
    return controller.subscribe((s) => {
      setState(s);
      // A notice belongs to the message it was given on and goes when another is shown, not when the
      // same one is refreshed: opening a case refreshes it at once, which took "Rescue case saved" away
      // before it could be read.
      const key = noticeKey(s);
      if (key !== shown) noticeStore.set(null);
      shown = key;
    });
  }, [controller, noticeStore]);
  return (
    <Sidebar
      state={state}
      theme={theme}
      notice={notice}
      draftOptions={controller.draftOptions()}
      actions={actions}
      attention={attention}
      coach={coach}
    />
  );
}

export async function mountSidebar(
  ctx: ContentScriptContext,
  provider: MailProvider,
  composeUrl: (draft: { to: string; subject?: string; body: string }) => string,
): Promise<void> {
  let settings: Settings = await getSettings();
  const controller = createSidebarController({
    provider,
    request,
    settings: () => settings,
  });
  let checkCompose: () => void = () => undefined;
  const notice = createValueStore<Notice | null>(null);
  const say = (text: string) => notice.set({ text });
  const actions: SidebarActions = withNotices({
    loadDraft: (id) => controller.loadDraft(id),
    insertReply: async (text) => {
      const outcome = await controller.insertReply(text);
      checkCompose();
      return outcome;
    },
    logUpdate: (text, updateId) => controller.logUpdate(text, updateId),
    openCase: () => controller.openCase(),
    dismiss: () => controller.dismiss(),
    undismiss: () => controller.undismiss(),
    escalate: async () => {
      const draft = await controller.escalate();
      window.open(composeUrl(draft), '_blank', 'noopener');
    },
    openDashboard: (caseId) => void request('dashboard:open', { caseId }),
    openThread: (threadId) => void provider.openThread(threadId),
  }, say);

  const attention = createValueStore<Attention[]>([]);
  const coach = createValueStore<CoachFinding[] | null>(null);
  // Switching the site's theme while a message is open switches the sidebar's with it.
  const theme = createValueStore<Theme>('light');
  theme.set(watchPageTheme(document, theme.set, ctx.signal));
  const listFlags = createListFlags({
    provider,
    request,
    settings: () => settings,
    render: (row, item) => renderChip(row.row, row.chip, item),
    onAttention: attention.set,
    signal: ctx.signal,
  });

  let ui: ShadowRootContentScriptUi<void> | null = null;
  /** Whether the mounted sidebar floats over the page (no column beside the reading pane was found). */
  let floating = false;

  let mounting: Promise<void> | null = null;

  async function mountOn(point: MountPoint) {
    // The first mount of this copy clears a sidebar left by an earlier one: after an update Firefox
    // destroys the old copy without running its clean-up, and the worker injects this one beside it.
    if (ui === null) for (const stale of document.querySelectorAll(`[${HOST_MARK[0]}="${HOST_MARK[1]}"]`)) stale.remove();
    ui?.remove();
    floating = point.floating;
    ui = await createShadowRootUi<void>(ctx, {
      name: 'client-rescue-sidebar',
      css: sidebarCss,
      position: 'inline',
      anchor: point.element,
      append: APPEND[point.attach],
      mode: 'open',
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container, _shadow, host) {
        host.setAttribute(...HOST_MARK);
        host.style.cssText = point.floating
          ? 'position:fixed;top:64px;right:0;bottom:0;z-index:2147483000;display:block;'
          : 'display:block;flex:none;align-self:stretch;';
        render(
          <SidebarRoot
            controller={controller}
            actions={actions}
            theme={theme}
            attention={attention}
            coach={coach}
            notice={notice}
          />,
          container,
        );
      },
      onRemove() {
        if (ui) render(null, ui.uiContainer);
      },
    });
    ui.mount();
  }

  /** Navigation events can arrive while a mount is in flight: one mount at a time, never two hosts. */
  async function mount() {
    while (mounting) await mounting;
    const point = provider.mountPoint();
    // A new reading pane (Outlook draws one per message) needs the sidebar beside it, not a new sidebar.
    if (ui && floating === point.floating && point.element.isConnected) return place(ui.shadowHost, point);
    mounting = mountOn(point).finally(() => {
      mounting = null;
    });
    await mounting;
  }

  async function onPageChange() {
    if (!settings.sites[provider.id]) return;
    // No column beside the reading pane yet (the site is still drawing it): wait for the next change.
    // Only the mount point is asked for here; the full health probe is for the layout notice.
    if (!ui && provider.mountPoint().floating) return;
    await mount();
    listFlags.refresh();
    await controller.refresh();
  }

  // The coach reads the user's reply as they write it, against the client's issues in view.
  // Only the newest check's answer is shown; the user keeps typing while one is in flight.
  let coachAsked = 0;
  checkCompose = watchCompose(
    provider,
    document,
    (text) => {
      const state = controller.state;
      const asked = ++coachAsked;
      if (text === null || state.kind !== 'analysed') return coach.set(null);
      const issues = state.openCase?.openIssues.length ? state.openCase.openIssues : state.report.issues;
      void request('coach:check', { draft: text.slice(0, 40_000), clientText: state.message.text, issues: issues.map((i) => i.statement) }).then(
        (findings) => asked === coachAsked && coach.set(findings),
        () => asked === coachAsked && coach.set(null),
      );
    },
    ctx.signal,
  );
  controller.subscribe(() => checkCompose());

  provider.onNavigate(() => void onPageChange(), ctx.signal);
  onDataChange((change) => {
    if (change.kinds.includes('cases')) void controller.refreshCase().catch(() => undefined);
    listFlags.refresh();
  }, ctx.signal);
  watchSettings((next) => {
    settings = next;
    // Switching the site off in settings takes the sidebar and the chips away at once, and back.
    if (!next.sites[provider.id]) {
      ui?.remove();
      ui = null;
    } else if (!ui) {
      void mount();
    }
    // A new threshold or sender rule changes the flag on the message in view: analyse it again.
    void controller.refresh({ force: true });
    listFlags.refresh();
  }, ctx.signal);
  ctx.onInvalidated(() => {
    controller.dispose();
    ui?.remove();
  });

  // Keyboard shortcuts, forwarded by the background (lib/commands.ts).
  const onTabMessage = (message: unknown) => {
    // The popup asks the tab it opened over what needs attention here (lib/content/tab-requests.ts).
    const answer = ctx.isInvalid ? undefined : answerTabRequest(message, { attention: attention.get, openThread: (id) => provider.openThread(id) });
    if (answer !== undefined) return Promise.resolve(answer);
    handleCommand(message, {
      isInvalid: () => ctx.isInvalid,
      toggleSidebar: () => ui?.shadowHost?.shadowRoot?.querySelector<HTMLButtonElement>('.cr-toggle')?.click(),
      openCase: () => actions.openCase(),
      // A calm or unscored message gets no rescue draft behind the user's back: the sidebar says why.
      insertReply: async () => {
        const advice = await controller.insertSuggestedReply();
        if (advice.kind === 'suggest') checkCompose();
        else say(advice.kind === 'calm' ? i18n.t('sidebar.notices.noReplyCalm') : i18n.t('sidebar.notices.noReplyUnscored'));
      },
      onError: (command, error) => {
        if (command === 'insert-reply') say(i18n.t('sidebar.notices.insertFailed', [errorMessage(error)]));
      },
    });
  };
  browser.runtime.onMessage.addListener(onTabMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTabMessage));

  keepWorkerWarm(ctx.signal);
  await onPageChange();
}
