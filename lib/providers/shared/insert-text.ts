/**
 * Put plain text at the caret the way typing does, so the site's editor (Gmail's, OWA's React
 * state) sees an ordinary edit. Never sends, never assigns HTML.
 */

function isTextField(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** React keeps its own copy of `value`; the prototype setter updates the DOM so its input handler notices. */
function insertIntoField(el: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const win = el.ownerDocument.defaultView ?? window;
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? start;
  const next = el.value.slice(0, start) + text + el.value.slice(end);
  const proto = el.tagName === 'TEXTAREA' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, next);
  else el.value = next;
  el.setSelectionRange(start + text.length, start + text.length);
  el.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** A caret inside the editable: keep the user's, else the start (above any quoted history). */
function caretIn(el: HTMLElement): Range {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (selection && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (el.contains(range.commonAncestorContainer)) return range;
  }
  const range = doc.createRange();
  range.setStart(el, 0);
  range.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(range);
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

export function insertTextAtCaret(el: HTMLElement, text: string): void {
  el.focus();
  if (isTextField(el)) return insertIntoField(el, text);
  const range = caretIn(el);
  const doc = el.ownerDocument as Document & { execCommand?: Document['execCommand'] };
  // execCommand is deprecated but still the only way to make a rich editor record a real typing edit (undo, state).
  const done = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  if (!done) insertNodes(el, range, text);
}
