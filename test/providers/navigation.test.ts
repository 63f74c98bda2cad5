// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { watchNavigation } from '../../lib/providers/shared/navigation';
import type { NavigationEvent } from '../../lib/providers/types';

describe('watchNavigation', () => {
  it('keeps following when the observed element itself is replaced', async () => {
    document.body.replaceChildren();
    const main = () => document.querySelector('[role="main"]');
    const makeMain = (id: string) => {
      const el = document.createElement('div');
      el.setAttribute('role', 'main');
      el.dataset.thread = id;
      return el;
    };
    document.body.append(makeMain('a'));
    const events: NavigationEvent[] = [];
    let wake = () => {};
    const controller = new AbortController();
    watchNavigation(
      { win: window, findScope: main, snapshot: () => ({ view: 'thread', threadId: main()?.getAttribute('data-thread') ?? null, url: location.href }) },
      (e) => {
        events.push(e);
        wake();
      },
      controller.signal,
    );
    const next = () => new Promise<void>((r) => (wake = r));
    await next();
    main()!.replaceWith(makeMain('b'));
    await next();
    main()!.append(document.createElement('span')); // new scope is observed too
    main()!.replaceWith(makeMain('c'));
    await next();
    expect(events.map((e) => e.threadId)).toEqual(['a', 'b', 'c']);
    controller.abort();
  });
});
