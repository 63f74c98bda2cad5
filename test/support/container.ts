/** A fresh element in the document for each test of a Preact component, emptied and removed after it. */
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export function useContainer(): () => HTMLElement {
  let container: HTMLElement | undefined;
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    if (container) render(null, container);
    container?.remove();
    container = undefined;
  });
  return () => {
    if (!container) throw new Error('The container exists only inside a test.');
    return container;
  };
}
