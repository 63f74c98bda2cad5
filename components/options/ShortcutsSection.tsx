import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { fillSlots, SLOT } from '../ui/fill-slots';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** Command names as declared in the manifest's `commands` (wxt.config.ts). */
const SHORTCUTS: [name: string, label: () => string][] = [
  ['toggle-sidebar', () => i18n.t('options.shortcuts.toggleSidebar')],
  ['open-case', () => i18n.t('options.shortcuts.openCase')],
  ['insert-reply', () => i18n.t('options.shortcuts.insertReply')],
];

export function ShortcutsSection() {
  const [commands, setCommands] = useState<Command[]>([]);
  useEffect(() => {
    // Unavailable in some browsers and contexts: the section still lists the commands, "not set".
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(setCommands, () => setCommands([]));
  }, []);
  return (
    <section class="cr-card" aria-labelledby="shortcuts">
      <h2 id="shortcuts">{i18n.t('options.shortcuts.heading')}</h2>
      <ul>
        {SHORTCUTS.map(([name, label]) => (
          <li key={name}>
            {i18n.t('options.shortcuts.item', [label()])}{' '}
            <kbd>{commands.find((c) => c.name === name)?.shortcut || i18n.t('options.shortcuts.notSet')}</kbd>
          </li>
        ))}
      </ul>
      <p class="cr-muted">
        {fillSlots(i18n.t('options.shortcuts.change', [SLOT]), <code>chrome://extensions/shortcuts</code>)}
      </p>
    </section>
  );
}
