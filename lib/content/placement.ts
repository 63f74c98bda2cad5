/**
 * Where the sidebar's host sits relative to its mount point. Sites replace the reading pane the
 * sidebar sits beside on every message (Outlook does); the host itself usually survives, in the
 * right place or nearly. Moving the existing host keeps the mounted sidebar (its state, no new shadow
 * root, no first render) instead of building it again for each message.
 */
import type { Placement } from '../providers/types';

const POSITION: Record<Placement['attach'], InsertPosition> = {
  append: 'beforeend',
  prepend: 'afterbegin',
  before: 'beforebegin',
  after: 'afterend',
};

/** Whether `host` is where `point` says it belongs. */
export function isPlaced(host: Element, point: Placement): boolean {
  const { element } = point;
  switch (point.attach) {
    case 'append':
      return element.lastElementChild === host;
    case 'prepend':
      return element.firstElementChild === host;
    case 'before':
      return element.previousElementSibling === host;
    case 'after':
      return element.nextElementSibling === host;
  }
}

/** Puts `host` where `point` says, if it is not there already. */
export function place(host: Element, point: Placement): void {
  if (!isPlaced(host, point)) point.element.insertAdjacentElement(POSITION[point.attach], host);
}
