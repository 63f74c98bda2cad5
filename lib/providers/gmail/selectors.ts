/**
 * Every Gmail selector, in one place. Gmail's class names are obfuscated and change with UI
 * releases; role / id / data-* / `email` attributes last much longer, so they come first.
 * aria-label text is translated, so it is never the only way to find anything.
 *
 * "seen" cites the source of the structure (see ../shared/fixtures/providers/SELECTORS.md for
 * file:line references) and our saved page test/fixtures/pages/gmail-2025-*.html that mirrors it.
 */
import type { SelectorEntry } from '../shared/selector-entry';

export const GMAIL_SELECTORS = {
  main: {
    targets: 'The main view column: message list or the open conversation.',
    seen: 'role=main since 2018 (InboxSDK gmail-route-view.ts, 2023-11); gmail-2025-*.html',
    fallbacks: [
      { css: 'div[role="main"]', why: 'ARIA landmark; stable across the 2018 and 2023 redesigns' },
      { css: 'div.aeF', why: 'older main container (InboxSDK get-main-content-element-changed-stream), pre-2023' },
    ],
  },
  threadView: {
    targets: 'The open conversation inside main.',
    seen: '.a98.iY since 2023-11-16 (InboxSDK PR #1095); h2[data-legacy-thread-id] since 2018 (gmail.js:513)',
    fallbacks: [
      { css: 'div[role="main"] h2[data-legacy-thread-id]', why: 'subject heading carries the thread id: only present when a thread is open' },
      { css: 'div[role="main"] [data-thread-perm-id]', why: 'newer perm-id attribute, in case the legacy id is dropped' },
      { css: 'div[role="main"] .a98.iY', why: 'thread container class, 2023-11 layout' },
    ],
  },
  subject: {
    targets: 'Conversation subject heading.',
    seen: 'h2.hP since 2016 (gmail.js:4504); InboxSDK `.ha h2`; gmail-2025-thread.html',
    fallbacks: [
      { css: 'h2[data-legacy-thread-id]', why: 'data attribute on the subject heading (2018+)' },
      { css: 'h2[data-thread-perm-id]', why: 'perm-id variant of the same heading' },
      { css: 'h2.hP', why: 'class used by gmail.js and FlowCrypt for 10+ years' },
      { css: '.ha h2', why: 'InboxSDK: heading inside the subject bar' },
    ],
  },
  message: {
    targets: 'One message of the conversation (expanded or collapsed).',
    seen: 'div.adn[data-message-id] (gmail.js:4297, 2020-11; InboxSDK gmail-message-view.ts:123); gmail-2025-thread.html',
    fallbacks: [
      { css: 'div[data-message-id]', why: 'message id attribute: #msg-f:… / #msg-a:r…' },
      { css: 'div[data-legacy-message-id]', why: 'hex id attribute; missing on just-sent replies, so second' },
      { css: '[role="list"] > [role="listitem"] div.adn', why: 'ARIA list of messages with the obfuscated message class' },
    ],
  },
  collapsedMessage: {
    targets: 'Marks a message whose body Gmail has not rendered (collapsed row, or hidden in "N older").',
    seen: '.kv collapsed, .kQ / .kx hidden (InboxSDK gmail-message-view.ts:709-716)',
    fallbacks: [
      { css: '.kv', why: 'collapsed message class' },
      { css: '.kQ', why: 'hidden message inside the "older messages" fold' },
      { css: '.kx', why: 'hidden variant' },
    ],
  },
  sender: {
    targets: 'Sender of one message: element with `email` and `name` attributes.',
    seen: 'span.gD[email] (gmail.js:4460); InboxSDK td.gF span[email]; Mailvelope .gs .cf.ix span[email] (2019)',
    fallbacks: [
      { css: 'h3 span[email]', why: 'the sender line is the message header heading; `email` attr is stable' },
      { css: 'span.gD[email]', why: 'sender span class used by gmail.js and Mailvelope' },
      { css: 'td.gF span[email]', why: 'InboxSDK: sender cell of the header table' },
      { css: '.gs .cf.ix span[email]', why: 'Mailvelope path (2019)' },
      { css: 'span.zF[email], span.yP[email]', why: 'collapsed rows reuse the list sender classes' },
    ],
  },
  recipients: {
    targets: 'Recipients shown under the sender ("to me, Sam").',
    seen: 'span.g2[email] (gmail.js:4461); InboxSDK .hb span[email]',
    fallbacks: [
      { css: 'span.g2[email]', why: 'recipient spans with `email` attribute' },
      { css: '.hb span[email]', why: 'InboxSDK: recipients container' },
    ],
  },
  date: {
    targets: 'Message date; the full date is in `title`.',
    seen: 'span.g3[title] (gmail.js:4463; InboxSDK .ads .gK .g3)',
    fallbacks: [
      { css: 'span.g3[title]', why: 'date span; title holds the long date' },
      { css: '.gK [title]', why: 'date cell in the header, any element with a title' },
      { css: 'td.gH [title]', why: 'header right-hand cell' },
    ],
  },
  body: {
    targets: 'Message body (the sender\'s HTML as Gmail renders it).',
    seen: 'div.a3s.aiL (2020-10, Mailvelope gmailIntegration.js:20); older .aXjCH; inside div.ii.gt; fallback .adP',
    fallbacks: [
      { css: 'div.ii.gt div.a3s', why: 'body inside the message content wrapper' },
      { css: 'div.a3s.aiL', why: 'body class since 2020-10 (broke gmail.js then: #620)' },
      { css: 'div.a3s.aXjCH', why: 'body class before 2020-10' },
      { css: 'div.a3s', why: 'any body variant' },
      { css: 'div.adP', why: 'InboxSDK fallback body container' },
    ],
  },
  snippet: {
    targets: 'Snippet of a collapsed message.',
    seen: 'span.iA.g6 in collapsed message rows; gmail-2025-thread.html',
    fallbacks: [
      { css: '.iA.g6', why: 'collapsed-message snippet span' },
      { css: '.g6', why: 'snippet class without the layout class' },
    ],
  },
  attachment: {
    targets: 'Attachment cards of one message (file name in the card).',
    seen: 'div.aQH > span.aZo with download_url (long-standing); gmail-2025-thread.html',
    fallbacks: [
      { css: 'span.aZo[download_url]', why: 'attachment card with its download attribute' },
      { css: 'div.aQH span.aZo', why: 'attachment strip' },
    ],
  },
  clipped: {
    targets: 'The "[Message clipped] View entire message" notice under a long message.',
    seen: '.iX a[href*="view=lg"] (Mailvelope gmailIntegration.js:228)',
    fallbacks: [
      { css: '.iX a[href*="view=lg"]', why: 'link to the full message; its href is language-independent' },
      { css: 'a[href*="view=lg"]', why: 'the same link outside the notice wrapper' },
    ],
  },
  replyControl: {
    targets: 'The control that opens an inline reply to the newest message.',
    seen: 'span.ams.bkH under the last message; header reply button div[role=button] with data-tooltip (2025)',
    fallbacks: [
      { css: 'span.ams.bkH[role="link"]', why: '"Reply" link in the bar under the conversation' },
      { css: '.amn > .ams:first-child', why: 'first action of the bar under the conversation' },
      { css: 'div[role="button"][data-tooltip^="Reply"]', why: 'English tooltip: last resort only' },
    ],
  },
  composeBody: {
    targets: 'Editable body of an open reply or compose window.',
    seen: 'div[contenteditable=true][g_editable=true] (InboxSDK gmail-compose-view.ts:1096; gmail.js:2554)',
    fallbacks: [
      { css: 'div[g_editable="true"][contenteditable="true"]', why: 'Gmail\'s own editor marker: stable, language-free' },
      { css: 'div.M9 div[contenteditable="true"][role="textbox"]', why: 'editable textbox inside a compose container' },
      { css: 'div.Am.Al[contenteditable="true"]', why: 'Mailvelope: editor classes' },
    ],
  },
  composeContainer: {
    targets: 'Compose/reply container (inline reply and popup).',
    seen: 'div.M9 (gmail.js:4257); popup [role=dialog] .aaZ (InboxSDK)',
    fallbacks: [
      { css: 'div.M9', why: 'compose container for inline and popup compose' },
      { css: '[role="dialog"] .aaZ', why: 'popup compose body wrapper' },
    ],
  },
  sidePanel: {
    targets: 'Column to the right of the main view; the sidebar is mounted before it.',
    seen: '.WN9Ejb (2024-11-07 layout), .bq9 (older) (InboxSDK gmail-element-getter.ts:27-79); companion panel div.aUx',
    fallbacks: [
      { css: 'div.WN9Ejb', why: 'side-panel wrapper, 2024-11 layout' },
      { css: 'div.bq9', why: 'side-panel wrapper before 2024-11' },
      { css: '[role="complementary"]', why: 'ARIA landmark of the side panel (any layout)' },
    ],
  },
  accountButton: {
    targets: 'Account switcher in the header; its aria-label includes the signed-in address.',
    seen: 'a[href*="accounts.google.com/SignOutOptions"] in header[role=banner] (Google bar, 2020+)',
    fallbacks: [
      { css: 'header a[href*="accounts.google.com/SignOutOptions"]', why: 'account link; URL is language-free, label holds "(address)"' },
      { css: '[role="banner"] [aria-label*="@"]', why: 'any header control whose label contains an address' },
      { css: '[data-email]', why: 'explicit address attribute where present' },
    ],
  },
  listContainer: {
    targets: 'The thread list (one per inbox tab / label view).',
    seen: '[gh=tl] in 2014 (inboxsdk__gmail-2014-12-thread-list-page.html) through 2025',
    fallbacks: [
      { css: 'div[role="main"] div[gh="tl"]', why: 'thread-list marker attribute used for a decade' },
      { css: 'div[role="main"] table[role="grid"]', why: 'ARIA grid of rows' },
    ],
  },
  listRow: {
    targets: 'One thread row in the list.',
    seen: 'tr.zA (2014 page; gmail.js) with role=row; subject span.bqe[data-thread-id] (confirmed on live Gmail by other projects, 2025)',
    fallbacks: [
      { css: 'tr.zA', why: 'row class, unchanged since 2014' },
      { css: 'table[role="grid"] tr[role="row"]', why: 'ARIA rows of the grid' },
    ],
  },
  rowThreadId: {
    targets: 'Element in a row carrying the thread ids.',
    seen: 'span[data-thread-id="#thread-f:…"][data-legacy-thread-id] on the subject span (2018+)',
    fallbacks: [
      { css: '[data-legacy-thread-id]', why: 'hex thread id, same as the open thread heading' },
      { css: '[data-thread-id]', why: 'perm id "#thread-f:…"' },
    ],
  },
  rowSender: {
    targets: 'Sender of a row (first participant with an address).',
    seen: 'span.zF[email][name] (unread, bold) / span.yP (read) — 2014 page and today',
    fallbacks: [
      { css: '[email][name]', why: 'participant span with address attributes' },
      { css: 'span.zF, span.yP', why: 'participant classes, in case `email` is dropped' },
    ],
  },
  rowSubject: {
    targets: 'Subject of a row; the chip goes just before it, where a long subject cannot push it out of view.',
    seen: 'span.bog inside div.y6 (2014 → 2025)',
    fallbacks: [
      { css: 'span.bog', why: 'subject span' },
      { css: '.y6 > span:not([data-cr])', why: 'first span of the subject/snippet line (not our chip)' },
    ],
  },
  rowSnippet: {
    targets: 'Snippet after the subject, prefixed by a " - " separator span.',
    seen: 'span.y2 with span.Zt separator (2014 → 2025)',
    fallbacks: [
      { css: 'span.y2', why: 'snippet span' },
    ],
  },
  rowDate: {
    targets: 'Date cell of a row; full date in `title`.',
    seen: 'td.xW span[title] (2014 → 2025)',
    fallbacks: [
      { css: 'td.xW span[title]', why: 'date cell' },
      { css: 'span[title][aria-label]', why: 'date span carries both title and aria-label' },
    ],
  },
  rowUnread: {
    targets: 'Marks an unread row.',
    seen: 'tr.zE unread vs tr.yO read; sender span.zF bold when unread (2014 → 2025)',
    fallbacks: [
      { css: '.zE', why: 'unread row class (matched on the row itself)' },
      { css: 'span.zF', why: 'bold sender only appears in unread rows' },
    ],
  },
} as const satisfies Record<string, SelectorEntry>;
