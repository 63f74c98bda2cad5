/**
 * Every Outlook on the web selector, in one place (outlook.office.com, outlook.office365.com,
 * outlook.live.com, outlook.cloud.microsoft share one app). OWA's classes are build hashes that
 * change every few months (Trocker keeps five dated generations of them), so ids, data-* and
 * role attributes come first; aria-labels are translated and appear only with their common
 * translations and never as the only fallback.
 *
 * Sources: ../shared/fixtures/providers/SELECTORS.md (Mailvelope outlook-api 2025-11/12, Briskine 2026-03,
 * Toggl 2024-09, PreMiD). No real OWA page is published; test/fixtures/pages/outlook-2025-*.html mirror
 * these sources. Entries marked "fixture-modelled" follow that page only and need checking on live OWA.
 */
import type { SelectorEntry } from '../shared/selector-entry';

/** "From:" in the UI languages we have seen it in; OWA puts it in the sender's aria-label. */
const FROM_LABELS = ['From:', 'Von:', 'De :', 'De:', 'Da:', 'Van:', 'Från:', 'Fra:', 'Od:', 'Lähettäjä:', 'От:', '发件人:', '差出人:'];

export const OUTLOOK_SELECTORS = {
  main: {
    targets: 'The app\'s main region (message list and reading pane).',
    seen: 'role=main in OWA 2019 → 2025 (Briskine, Toggl 2024-09)',
    fallbacks: [
      { css: '[role="main"]', why: 'ARIA landmark; holds the list and the reading pane' },
      { css: '#MainModule', why: 'id of the mail module container' },
    ],
  },
  readingPane: {
    targets: 'The reading pane with the open conversation.',
    seen: '#ReadingPaneContainerId (Toggl outlook.js:36, 2024-09); #ConversationReadingPaneContainer (PreMiD); data-app-section (Mailvelope 2025-11)',
    fallbacks: [
      { css: '#ReadingPaneContainerId', why: 'stable id of the reading-pane container' },
      { css: '#ConversationReadingPaneContainer', why: 'id of the conversation reading pane' },
      { css: '[data-app-section="ConversationContainer"]', why: 'app-section marker, language-free' },
      { css: 'div[role="main"][data-app-section="MailReadCompose"]', why: 'read/compose section in pop-outs' },
    ],
  },
  subject: {
    targets: 'Conversation subject in the reading pane (full text in `title`).',
    seen: 'div[role=heading][title] (Toggl outlook.js:66); #ConversationReadingPaneContainer div[role=heading] span (PreMiD)',
    fallbacks: [
      { css: '#ConversationReadingPaneContainer [role="heading"][title]', why: 'heading with the full subject in its title' },
      { css: '[role="heading"][title]', why: 'the same heading outside the conversation container' },
      { css: '#ConversationReadingPaneContainer [role="heading"]', why: 'heading without title: read its text' },
    ],
  },
  message: {
    targets: 'One message (item part) of the conversation.',
    seen: '.aVla3 per-message container (Mailvelope outlook-api :137-239, 2025-12); div[aria-label="Email message"] (localised)',
    fallbacks: [
      { css: '[data-app-section="ConversationContainer"] .aVla3', why: 'per-message container inside the conversation' },
      { css: '.aVla3', why: 'the same class anywhere in the pane' },
      { css: 'div[aria-label="Email message"], div[aria-label="E-Mail-Nachricht"], div[aria-label="Message électronique"]', why: 'localised label: last resort' },
    ],
  },
  sender: {
    targets: 'Sender of one message; text "Name<address>".',
    seen: 'span[aria-label^="From: "] → .OZZZK (Mailvelope mock 2025-11, German locale "Von:"); a 2025 Playwright script uses the same with "发件人:"',
    fallbacks: [
      { css: FROM_LABELS.map((l) => `span[aria-label^="${l}"]`).join(', '), why: 'sender element, by its label in the common UI languages' },
      { css: '.OZZZK', why: 'sender text class (2025), for languages not in the list' },
      { css: '[data-lpc-hover-target="true"]', why: 'persona hover target around the sender name (older OWA)' },
    ],
  },
  recipients: {
    targets: 'Recipient line "To: Name <address>; …".',
    seen: '[data-testid="RecipientWell"] (Mailvelope mock 2025-11)',
    fallbacks: [
      { css: '[data-testid="RecipientWell"]', why: 'test id of the recipient well' },
    ],
  },
  date: {
    targets: 'Message date; full date in `title`.',
    seen: '[data-testid="SentReceivedSavedTime"] (several 2024–2025 projects in the code index)',
    fallbacks: [
      { css: '[data-testid="SentReceivedSavedTime"]', why: 'test id; title holds the full date' },
      { css: 'time[datetime]', why: 'machine-readable time where OWA uses <time>' },
    ],
  },
  body: {
    targets: 'Message body.',
    seen: 'div[role=document] with #UniqueMessageBody_N, aria-label "Message body", classes XbIp4 … allowTextSelection (Mailvelope outlook-api :271-282, 2025-12)',
    fallbacks: [
      { css: '[id^="UniqueMessageBody"]', why: 'id prefix of the body element' },
      { css: 'div[role="document"]', why: 'document role around the body' },
      { css: '.allowTextSelection', why: 'body class (2025)' },
    ],
  },
  snippet: {
    targets: 'Preview line of a collapsed message. Fixture-modelled.',
    seen: 'collapsed item part preview, test/fixtures/pages/outlook-2025-thread.html',
    fallbacks: [
      { css: '[data-testid="CollapsedItemPreview"]', why: 'test id of the preview line (fixture-modelled)' },
      { css: '.LgbsSe', why: 'preview class (fixture-modelled)' },
    ],
  },
  attachment: {
    targets: 'Attachment tiles of one message (`title` = file name).',
    seen: '[role=listbox][aria-label="Attachments"] [role=option] (Mailvelope mock; .E_kRz class)',
    fallbacks: [
      { css: '[role="listbox"] [role="option"][title]', why: 'attachment tiles inside the message; title is the file name' },
      { css: '.E_kRz', why: 'attachment tile class (2025)' },
    ],
  },
  replyControl: {
    targets: 'Reply button of the newest message / reading pane.',
    seen: 'icons by [data-icon-name="ArrowReplyRegular"] (Mailvelope outlook-api :160, 372, 2025-12)',
    fallbacks: [
      { css: 'button:has(> [data-icon-name="ArrowReplyRegular"])', why: 'button holding the reply icon; icon names are language-free' },
      { css: '[data-icon-name="ArrowReplyRegular"]', why: 'the icon itself, clicks bubble to the button' },
      { css: 'button[aria-label="Reply"]', why: 'English label: last resort only' },
    ],
  },
  composeBody: {
    targets: 'Editable body of a reply or new message.',
    seen: 'div[role=textbox][contenteditable=true][aria-multiline=true] (Briskine outlook.js:96-148, 2026-03)',
    fallbacks: [
      { css: 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]', why: 'multi-line editable textbox: the body, never a recipient field' },
      { css: '.owaMailComposeEditorScrollContainer [contenteditable="true"]', why: 'editable inside the compose scroll container' },
      { css: '[data-app-section="Form_Content"] [contenteditable="true"][aria-multiline="true"]', why: 'pop-out compose form' },
    ],
  },
  userRoot: {
    targets: 'Folder-tree root of the primary mailbox; its data-folder-name / title is the address.',
    seen: '[id^="primaryMailboxRoot"] (Mailvelope outlook-api :65-69, 2025-12)',
    fallbacks: [
      { css: '[id^="primaryMailboxRoot"][data-folder-name*="@"]', why: 'mailbox root with the address in data-folder-name' },
      { css: '[id^="primaryMailboxRoot"][title*="@"]', why: 'the same with the address in title' },
    ],
  },
  accountManager: {
    targets: 'Account manager ("me control") in the header: second line is the address.',
    seen: '#mectrl_currentAccount_secondary in the Microsoft 365 header (2019 → 2025)',
    fallbacks: [
      { css: '#mectrl_currentAccount_secondary', why: 'header account card, address line' },
      { css: '#O365_MainLink_Me[aria-label*="@"]', why: 'header account button when its label includes the address' },
    ],
  },
  listContainer: {
    targets: 'Message list.',
    seen: '#MailList (Mailvelope outlook-api :108-123, 2025-12)',
    fallbacks: [
      { css: '#MailList', why: 'stable id of the message list' },
      { css: '[data-app-section="MessageList"]', why: 'app-section marker of the list' },
      { css: '[role="main"] [role="listbox"]', why: 'ARIA listbox of messages' },
    ],
  },
  listRow: {
    targets: 'One conversation row.',
    seen: '[role=option][data-convid] (Mailvelope outlook-api 2025-12; other projects note "prefer [role=option]")',
    fallbacks: [
      { css: '[role="option"][data-convid]', why: 'row with the conversation id' },
      { css: '[data-convid]', why: 'any element carrying the conversation id' },
    ],
  },
  selectedRow: {
    targets: 'The selected row: its data-convid is the open conversation.',
    seen: '#MailList [role=option][aria-selected="true"] (Mailvelope outlook-api :108-123)',
    fallbacks: [
      { css: '#MailList [aria-selected="true"][data-convid]', why: 'selected row in the message list' },
      { css: '[role="option"][aria-selected="true"][data-convid]', why: 'selected row outside #MailList' },
    ],
  },
  rowSender: {
    targets: 'Sender of a row: span whose title is the address.',
    seen: 'span[title*="@"] in rows (code-index project notes, 2025)',
    fallbacks: [
      { css: 'span[title*="@"]', why: 'sender name with the address in title' },
      { css: '.OZZZK', why: 'sender text class (2025)' },
    ],
  },
  rowSubject: {
    targets: 'Subject of a row; the chip goes just before it, where a long subject cannot push it out of view. Fixture-modelled.',
    seen: 'test/fixtures/pages/outlook-2025-list.html (class TtcXM with title)',
    fallbacks: [
      { css: 'span.TtcXM', why: 'subject class (fixture-modelled)' },
      { css: '.IjzWp > span:not([data-cr])', why: 'first span of the subject line, not our chip (fixture-modelled)' },
    ],
  },
  rowSnippet: {
    targets: 'Preview text of a row. Fixture-modelled.',
    seen: 'test/fixtures/pages/outlook-2025-list.html',
    fallbacks: [
      { css: '.FqgPc', why: 'preview class (fixture-modelled)' },
    ],
  },
  rowDate: {
    targets: 'Row date, full date in `title`. Fixture-modelled.',
    seen: 'test/fixtures/pages/outlook-2025-list.html',
    fallbacks: [
      { css: 'span._rWRU[title]', why: 'date span (fixture-modelled)' },
      { css: 'time[datetime]', why: 'machine-readable time' },
    ],
  },
  rowUnread: {
    targets: 'Marks an unread row.',
    seen: 'aria-label of the row starts with "Unread" in OWA (localised); fixture-modelled class',
    fallbacks: [
      { css: '[aria-label^="Unread"], [aria-label^="Ungelesen"], [aria-label^="Non lu"], [aria-label^="No leído"], [aria-label^="Non letto"], [aria-label^="Ongelezen"], [aria-label^="Oläst"], [aria-label^="Não lido"]', why: 'row label starts with "Unread" in the UI language' },
      { css: '.zQ6hG', why: 'bold unread row class (fixture-modelled)' },
    ],
  },
} as const satisfies Record<string, SelectorEntry>;
