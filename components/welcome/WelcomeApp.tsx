/**
 * First-run page, opened once when the extension is installed: what Client Rescue does, what it keeps
 * and where, and the three settings drafts and reminders need from day one (name, sign-off, hours).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings, WorkingTime } from '../../lib/settings/schema';
import { getSettings, updateSettings } from '../../lib/settings/store';
import { userMessage } from '../../lib/dashboard/user-message';
import { Button } from '../ui/Button';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';

interface Props {
  dashboardUrl: string;
  settingsUrl: string;
  /** Injectable for tests; defaults to the extension's settings store. */
  load?: () => Promise<Settings>;
  save?: (patch: Partial<Settings>) => Promise<Settings>;
}

// Monday first; values are JavaScript's 0 = Sunday, as in the settings schema.
const DAYS: [number, string, string][] = [
  [1, 'Mon', 'Monday'], [2, 'Tue', 'Tuesday'], [3, 'Wed', 'Wednesday'], [4, 'Thu', 'Thursday'],
  [5, 'Fri', 'Friday'], [6, 'Sat', 'Saturday'], [0, 'Sun', 'Sunday'],
];

type SaveState = 'idle' | 'saving' | 'saved';

export function WelcomeApp({ dashboardUrl, settingsUrl, load = getSettings, save = updateSettings }: Props) {
  const [userName, setUserName] = useState('');
  const [signOff, setSignOff] = useState('');
  const [working, setWorking] = useState<WorkingTime | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    load().then(
      (s) => {
        setUserName(s.userName);
        setSignOff(s.signOff);
        setWorking(s.working);
      },
      (e: unknown) => setError(`Could not read your settings: ${userMessage(e)}`),
    );
  }, [load]);

  const edit = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setSaveState('idle');
  };
  const setDay = (day: number, on: boolean) =>
    working && edit(setWorking)({ ...working, days: [...new Set(on ? [...working.days, day] : working.days.filter((d) => d !== day))].sort() });

  async function onSubmit(e: Event) {
    e.preventDefault();
    if (!working) return;
    setSaveState('saving');
    try {
      await save({ userName: userName.trim(), signOff: signOff.trim(), working });
      setSaveState('saved');
      setError(null);
    } catch (err) {
      setSaveState('idle');
      setError(`Your settings were not saved: ${userMessage(err)}`);
    }
  }

  return (
    <main class="cr-page cr-welcome">
      <header class="cr-welcome-hero">
        <h1>Welcome to Client Rescue</h1>
        <p>
          Client Rescue spots unhappy clients while you read your mail in <strong>Gmail</strong> or{' '}
          <strong>Outlook on the web</strong>, helps you answer them listen-first, and keeps each rescue on track until
          the client is happy again.
        </p>
      </header>

      <div class="cr-welcome-grid">
        <section class="cr-card" aria-labelledby="what-it-does">
          <h2 id="what-it-does">What it does</h2>
          <ul class="cr-welcome-list">
            <li><strong>Flags tone</strong> as you open a message: calm, concerned, upset or escalation, with the words that made it so.</li>
            <li><strong>Drafts a listen-first reply</strong> that acknowledges each issue the client raised, ready to insert and edit.</li>
            <li><strong>Runs a rescue case</strong>: issues, an agreed plan, and reminders when the client is due an update.</li>
          </ul>
        </section>

        <section class="cr-card" aria-labelledby="what-it-stores">
          <h2 id="what-it-stores">What it stores</h2>
          <ul class="cr-welcome-list">
            <li>Your settings (name, sign-off, working hours) in the extension's storage.</li>
            <li>Rescue cases you open (client, issues, plan, updates, and the subject and tone of linked messages) in the extension's own database.</li>
            <li>For each conversation you open: sender, subject, time and tone score, so flags and reminders work. The message text itself is not kept unless you put it in a case.</li>
          </ul>
          <p class="cr-muted">Export or delete everything from the dashboard at any time.</p>
        </section>

        <section class="cr-card cr-welcome-private" aria-labelledby="stays-here">
          <h2 id="stays-here">Nothing leaves your browser</h2>
          <p>
            No account, no server, no analytics. The tone analysis runs inside the extension, and the extension's pages
            are not allowed to make network requests at all.
          </p>
        </section>
      </div>

      <form class="cr-card cr-stack" aria-labelledby="about-you" onSubmit={(e) => void onSubmit(e)}>
        <h2 id="about-you">About you</h2>
        <p class="cr-muted">Drafts are signed with your name; update reminders count your working hours only.</p>
        <ErrorAlert message={error} onDismiss={() => setError(null)} />
        <div class="cr-row cr-welcome-fields">
          <Field label="Your name">
            <input value={userName} autoComplete="name" onInput={(e) => edit(setUserName)(e.currentTarget.value)} />
          </Field>
          <Field label="Sign-off" hint="For example: Best regards">
            <input value={signOff} onInput={(e) => edit(setSignOff)(e.currentTarget.value)} />
          </Field>
        </div>
        {working && (
          <>
            <fieldset class="cr-row cr-welcome-days">
              <legend class="cr-field-label">Working days</legend>
              {DAYS.map(([day, short, long]) => (
                <label key={day} class="cr-day" title={long}>
                  <input
                    type="checkbox"
                    aria-label={long}
                    checked={working.days.includes(day)}
                    onChange={(e) => setDay(day, e.currentTarget.checked)}
                  />
                  <span aria-hidden="true">{short}</span>
                </label>
              ))}
            </fieldset>
            <div class="cr-row">
              <Field label="Start">
                <input
                  type="time"
                  value={working.start}
                  onChange={(e) => e.currentTarget.value && edit(setWorking)({ ...working, start: e.currentTarget.value })}
                />
              </Field>
              <Field label="End">
                <input
                  type="time"
                  value={working.end}
                  onChange={(e) => e.currentTarget.value && edit(setWorking)({ ...working, end: e.currentTarget.value })}
                />
              </Field>
            </div>
          </>
        )}
        <div class="cr-row">
          <Button type="submit" variant="primary" disabled={!working || saveState === 'saving'}>
            Save
          </Button>
          <span role="status" class="cr-muted" data-cr="welcome-saved">
            {saveState === 'saved' ? 'Saved. You can change these any time in settings.' : ''}
          </span>
        </div>
      </form>

      <section class="cr-card" aria-labelledby="next">
        <h2 id="next">Next</h2>
        <ol class="cr-welcome-list">
          <li>Open Gmail or Outlook on the web and read a message from a client: the sidebar appears beside it.</li>
          <li>
            See your cases in the <a href={dashboardUrl}>dashboard</a>, and fine-tune flag sensitivity, sites and
            shortcuts in <a href={settingsUrl}>settings</a>.
          </li>
          <li>
            No client mail to hand? <a href="#demo">Try the demo mailbox</a>.
          </li>
        </ol>
      </section>

      <section class="cr-card" id="demo" aria-labelledby="demo-title">
        <h2 id="demo-title">Demo mailbox</h2>
        <p>
          The source checkout comes with a demo: a Gmail-like inbox of invented client emails, from calm to escalation,
          opened in a separate throwaway Chromium profile with the extension loaded. Your own browser and profile are
          not touched.
        </p>
        <pre class="cr-welcome-code"><code>npm ci{'\n'}npm run demo</code></pre>
        <p class="cr-muted">Needs Node.js 20.19 or newer and Chromium. Close the demo window to end it.</p>
      </section>
    </main>
  );
}
