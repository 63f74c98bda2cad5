// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { DraftPanel } from '../../components/sidebar/DraftPanel';
import { button, click, findButton, waitFor } from '../dashboard/dom';

const status = (root: ParentNode) => root.querySelector('[role="status"]')?.textContent ?? '';

describe('the sidebar draft panel', () => {
  it('offers to log a status update once inserted, and a failed log can be retried as the same update', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const attempts: string[] = [];
    let fail = true;
    await act(() =>
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
        root,
      ),
    );
    await waitFor(() => !button(root, 'Insert reply').disabled);
    expect(findButton(root, 'Log this update')).toBeNull();
    await click(button(root, 'Insert reply'));
    await click(await waitFor(() => findButton(root, 'Log this update')));
    await waitFor(() => status(root).startsWith('Could not log the update: The extension did not answer'));
    fail = false;
    await click(button(root, 'Log this update'));
    await waitFor(() => status(root) === 'Update logged on the case.');
    expect(findButton(root, 'Log this update')).toBeNull();
    expect(attempts).toHaveLength(2);
    expect(attempts[1]).toBe(attempts[0]);

    // A second status update inserted later is a new update, with an id of its own.
    await click(button(root, 'Insert reply'));
    await click(await waitFor(() => findButton(root, 'Log this update')));
    await waitFor(() => attempts.length === 3);
    expect(attempts[2]).not.toBe(attempts[0]);
    await act(() => render(null, root));
    root.remove();
  });
});
