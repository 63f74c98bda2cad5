// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftPanel } from '../../components/sidebar/DraftPanel';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const buttonNamed = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name);
const status = () => container.querySelector('[role="status"]')?.textContent ?? '';
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

async function click(name: string) {
  const button = buttonNamed(name);
  if (!button) throw new Error(`no button "${name}"`);
  await act(async () => void button.click());
  await settle();
}

describe('the sidebar draft panel', () => {
  it('offers to log a status update once inserted, and a failed log can be retried as the same update', async () => {
    const attempts: string[] = [];
    let fail = true;
    render(
      <DraftPanel
        options={[{ id: 'status-update', label: 'Status update' }]}
        loadDraft={async () => 'Today we fixed the export.'}
        onInsert={async () => undefined}
        onLogUpdate={async (_text, updateId) => {
          attempts.push(updateId);
          if (fail) throw new Error('The extension did not answer');
        }}
      />,
      container,
    );
    await settle();
    expect(buttonNamed('Log this update')).toBeUndefined();
    await click('Insert reply');
    await click('Log this update');
    expect(status()).toMatch(/Could not log the update: The extension did not answer/);
    fail = false;
    await click('Log this update');
    expect(status()).toBe('Update logged on the case.');
    expect(buttonNamed('Log this update')).toBeUndefined();
    expect(attempts).toHaveLength(2);
    expect(attempts[1]).toBe(attempts[0]);

    // A second status update inserted later is a new update, with an id of its own.
    await click('Insert reply');
    await click('Log this update');
    expect(attempts).toHaveLength(3);
    expect(attempts[2]).not.toBe(attempts[0]);
  });
});
