/** The MailProvider behaviour both adapters share. */
import type { ComposeBox, MailProvider, OpenThread, PagePart, PartHealth, ProviderResult } from '../types';
import { holdsLetter } from '../../drafts/fit-letter';
import type { Adapter } from './adapter';
import { composeBoxFor, insertTextAtCaret, trackCaret } from './compose-box';
import { atBoundary, layoutChangedMessage } from './errors';
import { probePart, report, valuePart } from './health';
import { watchNavigation } from './navigation';
import { press } from './press';
import { waitFor } from './wait-for';

/** Sites render a thread over a second or two; after this the sidebar shows what is missing. */
const THREAD_WAIT_MS = 4_000;
const REPLY_WAIT_MS = 3_000;
/** What reading a thread needs; the user's address and the sidebar column are reported but not waited for. */
const THREAD_PARTS: readonly PagePart[] = ['thread', 'subject', 'message', 'sender', 'body'];

export function createProvider(adapter: Adapter): MailProvider {
  const doc = adapter.win.document;
  trackCaret(doc);
  const health = () => {
    const view = adapter.view();
    const user = adapter.user();
    const mount = adapter.mountPoint();
    const S = adapter.health;
    const parts: PartHealth[] = [
      probePart(doc, 'main', S.main),
      valuePart('user', user?.address, user?.source ?? null),
      // A floating sidebar still works, but "mount" tells the UI the column beside the pane is gone.
      valuePart('mount', mount.floating ? null : mount.element, mount.floating ? null : `${mount.attach} ${mount.element.tagName.toLowerCase()}`),
    ];
    if (view === 'thread') {
      const root = adapter.threadRoot();
      parts.push(probePart(root, 'subject', S.subject), probePart(root, 'message', S.message), probePart(root, 'sender', S.sender), probePart(root, 'body', S.body));
    }
    if (view === 'list') parts.push(probePart(doc, 'list', S.listContainer), probePart(doc, 'row', S.listRow));
    return report(adapter.id, view, parts);
  };
  const threadPartsMissing = (): PagePart[] => health().missing.filter((p) => THREAD_PARTS.includes(p));

  const readThread = (): ProviderResult<OpenThread> => {
    // Not a layout change: the user is simply somewhere else (the list, settings).
    if (adapter.view() !== 'thread') return { ok: false, missing: ['thread'], message: `${adapter.label}: no conversation is open` };
    return atBoundary(adapter.label, () => adapter.readThread(), threadPartsMissing);
  };
  const findCompose = (): ComposeBox | null => {
    const el = adapter.composeElement();
    return el ? composeBoxFor(el) : null;
  };

  return {
    id: adapter.id,
    label: adapter.label,
    currentView: () => adapter.view(),
    userAddress: () => adapter.user()?.address ?? null,
    readThread,
    async waitForThread(signal, timeoutMs = THREAD_WAIT_MS) {
      // The probe is the cheap health check; the full read (body extraction) runs once at the end.
      await waitFor(doc, () => (adapter.view() === 'thread' && threadPartsMissing().length === 0 ? true : null), timeoutMs, signal);
      return readThread();
    },
    onNavigate(listener, signal) {
      watchNavigation(
        {
          win: adapter.win,
          findScope: () => adapter.navigationScope(),
          snapshot: () => ({ view: adapter.view(), threadId: adapter.openThreadId(), url: adapter.win.location.href }),
        },
        listener,
        signal,
      );
    },
    mountPoint: () => adapter.mountPoint(),
    findCompose,
    async insertReply(text, options = {}) {
      let box = findCompose();
      if (!box) {
        const control = adapter.replyControl();
        if (!control) return { ok: false, missing: ['reply-control'], message: layoutChangedMessage(adapter.label, ['reply-control']) };
        press(control);
        box = await waitFor(doc, findCompose, options.timeoutMs ?? REPLY_WAIT_MS, options.signal);
        if (!box) return { ok: false, missing: ['compose'], message: layoutChangedMessage(adapter.label, ['compose']) };
      }
      if (options.letter && holdsLetter(box.readText(), text)) {
        box.element.focus();
        return { ok: true, value: { box, already: true } };
      }
      insertTextAtCaret(box.element, text, { letter: options.letter });
      return { ok: true, value: { box, already: false } };
    },
    readListRows: () => atBoundary(adapter.label, () => adapter.readRows()),
    openThread: (threadId) => adapter.openThread(threadId),
    health,
  };
}
