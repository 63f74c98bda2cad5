import type { Settings } from '../../lib/settings/schema';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { LinesField } from './LinesField';
import { SensitivityField } from './SensitivityField';
import { ShortcutsSection } from './ShortcutsSection';
import { WorkingTimeSection } from './WorkingTimeSection';
import { useSettings, type SaveState } from './use-settings';

const SAVE_TEXT: Record<SaveState, string> = { idle: '', saving: 'Saving…', saved: 'Saved', error: 'Not saved' };

const SITES: [keyof Settings['sites'], string][] = [
  ['gmail', 'Gmail'],
  ['outlook', 'Outlook on the web'],
];

/** Settings page: every change saves itself after a short pause. */
export function OptionsApp({ debounceMs }: { debounceMs?: number }) {
  const { settings, saveState, error, change } = useSettings(debounceMs);

  return (
    <main class="cr-page">
      <div class="cr-topbar">
        <h1>Client Rescue settings</h1>
        <span role="status" class={saveState === 'error' ? 'cr-overdue' : 'cr-muted'}>
          {SAVE_TEXT[saveState]}
        </span>
      </div>
      <ErrorAlert message={error} onDismiss={() => undefined} />
      {settings && (
        <>
          <section class="cr-card cr-stack" aria-labelledby="you">
            <h2 id="you">You</h2>
            <Field label="Your name" hint="Used to sign drafts.">
              <input value={settings.userName} onInput={(e) => change({ userName: e.currentTarget.value })} />
            </Field>
            <Field label="Sign-off">
              <input value={settings.signOff} onInput={(e) => change({ signOff: e.currentTarget.value })} />
            </Field>
            <Field label="My mail client adds its own signature" hint="Drafts then leave out your name and sign-off." inline>
              <input
                type="checkbox"
                checked={settings.mailClientAddsSignature}
                onChange={(e) => change({ mailClientAddsSignature: e.currentTarget.checked })}
              />
            </Field>
          </section>

          <WorkingTimeSection working={settings.working} onChange={(working) => change({ working })} />

          <section class="cr-card cr-stack" aria-labelledby="rescues">
            <h2 id="rescues">Rescues</h2>
            <Field label="Working days until the plan is promised" hint="First responses promise a written plan this many working days out.">
              <input
                type="number"
                min={1}
                max={30}
                value={settings.planPromiseDays}
                onInput={(e) => {
                  const n = Math.round(Number(e.currentTarget.value));
                  if (n >= 1 && n <= 30) change({ planPromiseDays: n });
                }}
              />
            </Field>
            <Field label="Escalation contact" hint="Who you hand a rescue to when it is beyond you (name or email).">
              <input value={settings.escalationContact} onInput={(e) => change({ escalationContact: e.currentTarget.value })} />
            </Field>
            <Field label="Notify me when a client update is overdue" inline>
              <input
                type="checkbox"
                checked={settings.notifications}
                onChange={(e) => change({ notifications: e.currentTarget.checked })}
              />
            </Field>
          </section>

          <section class="cr-card cr-stack" aria-labelledby="flagging">
            <h2 id="flagging">Flagging</h2>
            <SensitivityField threshold={settings.flagThreshold} onChange={(flagThreshold) => change({ flagThreshold })} />
            <table>
              <thead>
                <tr>
                  <th scope="col">Site</th>
                  <th scope="col">On</th>
                  <th scope="col">Flags in the message list</th>
                </tr>
              </thead>
              <tbody>
                {SITES.map(([site, name]) => (
                  <tr key={site}>
                    <th scope="row">{name}</th>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Client Rescue on ${name}`}
                        checked={settings.sites[site]}
                        onChange={(e) => change({ sites: { ...settings.sites, [site]: e.currentTarget.checked } })}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Flags in the ${name} message list`}
                        checked={settings.listFlags[site]}
                        onChange={(e) => change({ listFlags: { ...settings.listFlags, [site]: e.currentTarget.checked } })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <LinesField
              label="Watched client domains (VIP)"
              hint="One per line, e.g. acme.com. Messages from these are flagged more readily."
              values={settings.watchedDomains}
              onChange={(watchedDomains) => change({ watchedDomains })}
            />
            <LinesField
              label="Ignored senders"
              hint="One address or domain per line: newsletters, colleagues."
              values={settings.ignoredSenders}
              onChange={(ignoredSenders) => change({ ignoredSenders })}
            />
          </section>

          <ShortcutsSection />
        </>
      )}
    </main>
  );
}
