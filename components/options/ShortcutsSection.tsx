import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

const SHORTCUTS = ['Toggle sidebar', 'Open rescue case', 'Insert reply'];

/** "Toggle sidebar" matches a command named toggle-sidebar or described "Toggle sidebar". */
function findCommand(commands: Command[], label: string): Command | undefined {
  const slug = label.toLowerCase().replace(/\s+/g, '-');
  return commands.find((c) => c.name === slug || c.description?.toLowerCase() === label.toLowerCase());
}

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
        {SHORTCUTS.map((label) => (
          <li key={label}>
            {label}: <kbd>{findCommand(commands, label)?.shortcut || 'not set'}</kbd>
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
