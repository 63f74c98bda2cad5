/**
 * Put plain text at the caret the way typing does, so the site's editor (Gmail's, OWA's React
 * state) sees an ordinary edit. Never sends, never assigns HTML.
 */

import { fitLetter, isGreetingLine } from '../../drafts/fit-letter';

function isTextField(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** React keeps its own copy of `value`; the prototype setter updates the DOM so its input handler notices. */
function insertIntoField(el: HTMLTextAreaElement | HTMLInputElement, input: string, letter: boolean): void {
  const win = el.ownerDocument.defaultView ?? window;
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? start;
  const text = letter ? fitLetter(input, el.value.slice(0, start), el.value.slice(end)) : input;
  const next = el.value.slice(0, start) + text + el.value.slice(end);
  const proto = el.tagName === 'TEXTAREA' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, next);
  else el.value = next;
  el.setSelectionRange(start + text.length, start + text.length);
  el.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/**
 * Where the user's caret last was in each document: pressing a button in our sidebar moves focus away
 * from the compose box, and the text should still land where they were typing.
 */
const lastCaret = new WeakMap<Document, Range>();
const tracked = new WeakSet<Document>();

export function trackCaret(doc: Document): void {
  if (tracked.has(doc)) return;
  tracked.add(doc);
  doc.addEventListener('selectionchange', () => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const host = range.commonAncestorContainer;
    const el = host.nodeType === 1 ? (host as Element) : host.parentElement;
    if (el?.closest('[contenteditable="true"]')) lastCaret.set(doc, range.cloneRange());
  });
}

/** The end of the box's first line of text when that line is a greeting the user typed ("Hi Rui,"). */
function afterTypedGreeting(el: HTMLElement): Range | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (text.trim() === '') continue;
    if (!isGreetingLine(text)) return null;
    const range = doc.createRange();
    range.setStart(node, text.length);
    range.collapse(true);
    return range;
  }
  return null;
}

/**
 * A caret inside the editable: the current one, else the last one there, else the start (above quoted
 * history); for a letter, after a greeting the user already typed there.
 */
function caretFor(el: HTMLElement, letter: boolean): Range {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const remembered = lastCaret.get(doc);
  const usable = [current, remembered].find((r) => r && el.contains(r.commonAncestorContainer));
  if (!usable && letter) {
    const greeted = afterTypedGreeting(el);
    if (greeted) return greeted;
  }
  const range = usable ?? doc.createRange();
  if (!usable) {
    range.setStart(el, 0);
    range.collapse(true);
  }
  return range;
}

/** Where execCommand is missing or refuses (jsdom, some editors): text nodes and <br>s at the caret. */
function insertNodes(el: HTMLElement, range: Range, text: string): void {
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  el.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** The box's text before and after a caret range. */
function around(el: HTMLElement, range: Range): { before: string; after: string } {
  const doc = el.ownerDocument;
  const before = doc.createRange();
  before.setStart(el, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(el, el.childNodes.length);
  return { before: before.toString(), after: after.toString() };
}

export interface InsertTextOptions {
  /** A whole letter: see fitLetter. */
  letter?: boolean;
}

export function insertTextAtCaret(el: HTMLElement, input: string, { letter = false }: InsertTextOptions = {}): void {
  if (isTextField(el)) {
    el.focus();
    return insertIntoField(el, input, letter);
  }
  // Read the caret before focusing: focus() may move it to the start of the editable.
  const range = caretFor(el, letter);
  let text = input;
  if (letter) {
    const { before, after } = around(el, range);
    text = fitLetter(input, before, after);
  }
  el.focus();
  const selection = el.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const doc = el.ownerDocument as Document & { execCommand?: Document['execCommand'] };
  // execCommand is deprecated but still the only way to make a rich editor record a real typing edit (undo, state).
  const done = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  if (!done) insertNodes(el, range, text);
}
