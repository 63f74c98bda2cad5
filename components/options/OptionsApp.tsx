import { i18n } from '#i18n';
import type { Settings } from '../../lib/settings/schema';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { LinesField } from './LinesField';
import { SensitivityField } from './SensitivityField';
import { OutlookServersSection } from './OutlookServersSection';
import { ShortcutsSection } from './ShortcutsSection';
import { WorkingTimeSection } from './WorkingTimeSection';
import { useSettings, type SaveState } from './use-settings';

const SAVE_TEXT: Record<SaveState, () => string> = {
  idle: () => '',
  saving: () => i18n.t('options.saveState.saving'),
  saved: () => i18n.t('options.saveState.saved'),
  error: () => i18n.t('options.saveState.error'),
};

const SITES: [keyof Settings['sites'], () => string][] = [
  ['gmail', () => i18n.t('options.sites.gmail')],
  ['outlook', () => i18n.t('options.sites.outlook')],
];

/** Settings page: every change saves itself after a short pause. */
export function OptionsApp({ debounceMs }: { debounceMs?: number }) {
  const { settings, saveState, error, change } = useSettings(debounceMs);

  return (
    <main class="cr-page">
      <div class="cr-topbar">
        <h1>{i18n.t('options.title')}</h1>
        <span role="status" class={saveState === 'error' ? 'cr-overdue' : 'cr-muted'}>
          {SAVE_TEXT[saveState]()}
        </span>
      </div>
      <ErrorAlert message={error} onDismiss={() => undefined} />
      {settings && (
        <>
          <section class="cr-card cr-stack" aria-labelledby="you">
            <h2 id="you">{i18n.t('options.you.heading')}</h2>
            <Field label={i18n.t('options.you.name')} hint={i18n.t('options.you.nameHint')}>
              <input value={settings.userName} onInput={(e) => change({ userName: e.currentTarget.value })} />
            </Field>
            <Field label={i18n.t('options.you.signOff')}>
              <input value={settings.signOff} onInput={(e) => change({ signOff: e.currentTarget.value })} />
            </Field>
            <Field
              label={i18n.t('options.you.mailClientSignature')}
              hint={i18n.t('options.you.mailClientSignatureHint')}
              inline
            >
              <input
                type="checkbox"
                checked={settings.mailClientAddsSignature}
                onChange={(e) => change({ mailClientAddsSignature: e.currentTarget.checked })}
              />
            </Field>
          </section>

          <WorkingTimeSection working={settings.working} onChange={(working) => change({ working })} />

          <section class="cr-card cr-stack" aria-labelledby="rescues">
            <h2 id="rescues">{i18n.t('options.rescues.heading')}</h2>
            <Field
              label={i18n.t('options.rescues.planPromiseDays')}
              hint={i18n.t('options.rescues.planPromiseDaysHint')}
            >
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
            <Field
              label={i18n.t('options.rescues.escalationContact')}
              hint={i18n.t('options.rescues.escalationContactHint')}
            >
              <input value={settings.escalationContact} onInput={(e) => change({ escalationContact: e.currentTarget.value })} />
            </Field>
            <Field label={i18n.t('options.rescues.notifications')} inline>
              <input
                type="checkbox"
                checked={settings.notifications}
                onChange={(e) => change({ notifications: e.currentTarget.checked })}
              />
            </Field>
          </section>

          <OutlookServersSection
            origins={settings.extraOutlookOrigins}
            onChange={(extraOutlookOrigins) => change({ extraOutlookOrigins })}
          />

          <section class="cr-card cr-stack" aria-labelledby="flagging">
            <h2 id="flagging">{i18n.t('options.flagging.heading')}</h2>
            <SensitivityField threshold={settings.flagThreshold} onChange={(flagThreshold) => change({ flagThreshold })} />
            <table>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('options.flagging.site')}</th>
                  <th scope="col">{i18n.t('options.flagging.on')}</th>
                  <th scope="col">{i18n.t('options.flagging.listFlags')}</th>
                </tr>
              </thead>
              <tbody>
                {SITES.map(([site, siteName]) => {
                  const name = siteName();
                  return (
                    <tr key={site}>
                      <th scope="row">{name}</th>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={i18n.t('options.flagging.siteOn', [name])}
                          checked={settings.sites[site]}
                          onChange={(e) => change({ sites: { ...settings.sites, [site]: e.currentTarget.checked } })}
                        />
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={i18n.t('options.flagging.siteListFlags', [name])}
                          checked={settings.listFlags[site]}
                          onChange={(e) => change({ listFlags: { ...settings.listFlags, [site]: e.currentTarget.checked } })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <LinesField
              label={i18n.t('options.flagging.watchedDomains')}
              hint={i18n.t('options.flagging.watchedDomainsHint')}
              values={settings.watchedDomains}
              onChange={(watchedDomains) => change({ watchedDomains })}
            />
            <LinesField
              label={i18n.t('options.flagging.ignoredSenders')}
              hint={i18n.t('options.flagging.ignoredSendersHint')}
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
