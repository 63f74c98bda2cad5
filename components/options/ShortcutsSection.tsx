import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** Command names as declared in the manifest's `commands` (wxt.config.ts). */
const SHORTCUTS: [name: string, label: string][] = [
  ['toggle-sidebar', 'Toggle sidebar'],
  ['open-case', 'Open rescue case'],
  ['insert-reply', 'Insert reply'],
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
      <h2 id="shortcuts">Keyboard shortcuts</h2>
      <ul>
        {SHORTCUTS.map(([name, label]) => (
          <li key={name}>
            {label}: <kbd>{commands.find((c) => c.name === name)?.shortcut || 'not set'}</kbd>
          </li>
        ))}
      </ul>
      <p class="cr-muted">
        Change them at <code>chrome://extensions/shortcuts</code> (in Firefox: Add-ons → gear menu → Manage Extension
        Shortcuts).
      </p>
    </section>
  );
}
