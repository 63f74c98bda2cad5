import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { matchPatternFor, outlookServerOrigin } from '../../lib/settings/outlook-servers';
import { Field } from '../ui/Field';

interface Props {
  origins: string[];
  onChange(origins: string[]): void;
}

/**
 * Other Outlook servers: each one is a host permission the browser asks the user for, here and now,
 * so the extension never holds access to a server the user did not name.
 */
export function OutlookServersSection({ origins, onChange }: Props) {
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  async function add(e: Event) {
    e.preventDefault();
    const origin = outlookServerOrigin(address);
    if (!origin) return setMessage(i18n.t('options.servers.invalid'));
    if (origins.includes(origin)) return setMessage(null);
    // Must run in the click's user gesture: the browser shows its own permission prompt.
    const granted = await browser.permissions.request({ origins: [matchPatternFor(origin)] });
    if (!granted) return setMessage(i18n.t('options.servers.denied', [origin]));
    onChange([...origins, origin]);
    setAddress('');
    setMessage(null);
  }

  async function remove(origin: string) {
    await browser.permissions.remove({ origins: [matchPatternFor(origin)] });
    onChange(origins.filter((o) => o !== origin));
  }

  return (
    <section class="cr-card cr-stack" aria-labelledby="servers">
      <h2 id="servers">{i18n.t('options.servers.heading')}</h2>
      <p class="cr-muted">{i18n.t('options.servers.hint')}</p>
      {origins.length > 0 && (
        <ul>
          {origins.map((origin) => (
            <li key={origin}>
              {origin}{' '}
              <button type="button" class="cr-btn" onClick={() => void remove(origin)}>
                {i18n.t('options.servers.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)}>
        <Field label={i18n.t('options.servers.address')}>
          <input value={address} placeholder="mail.example.com" onInput={(e) => setAddress(e.currentTarget.value)} />
        </Field>
        <button type="submit" class="cr-btn">
          {i18n.t('options.servers.add')}
        </button>
      </form>
      {message && (
        <p role="alert" class="cr-overdue">
          {message}
        </p>
      )}
    </section>
  );
}
