/** Gmail's controls act on mousedown/mouseup as well as click; send the whole sequence a pointer would. */
export function press(el: Element): void {
  const view = el.ownerDocument.defaultView ?? window;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, view }));
  }
}
