import { useEffect, useMemo, useState } from 'react';
import { getDb, type OwnvoiceDB } from '@/storage/db';
import { languagesItem, linkedinLayoutItem, policyItem, rolesItem, voiceItem } from '@/storage/settings';
import { VoiceSettingsForm } from '@/components/voice-settings-form';
import { LauncherSetting } from '@/components/launcher-setting';
import { LinkedInLayoutSeen } from '@/components/linkedin-layout-seen';
import { launcherEnabled, setLauncherFromPage } from '@/shared/platform/launcher';
import type { VoiceSettings } from '@/shared/share/types';
import { facets } from '@/shared/feed/select-items';
import { DEMO_FEED_URL } from '@/shared/feed/preset-env';
import { logger } from '@/shared/logger';
import type { Role } from '@/shared/feed/types';
import { AddFeedForm } from '@/components/add-feed-form';
import { PolicyProblems } from '@/components/policy-problems';
import { LanguagePicker } from '@/components/language-picker';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { RolePicker } from '@/components/role-picker';
import { SubscriptionList } from '@/components/subscription-list';
import { createFeedActions, defaultFeedActionDeps, type FeedActionDeps } from '@/shared/feed-actions';
import { useFeeds, useItems } from '@/storage/use-feed-data';
import { useStorageItem } from '@/storage/use-storage-item';
import { useNow } from '@/components/use-now';
import { useRefreshAll } from '@/components/use-refresh-all';
import { HabitsSection } from './habits-section';
import { t } from '@/shared/i18n';
import { SaidText } from '@/components/said-text';
import type { Said } from '@/shared/feed/said';

export interface OptionsAppProps {
  db?: OwnvoiceDB;
  deps?: FeedActionDeps;
}

function save<T>(what: string, write: (value: T) => Promise<void>) {
  return (value: T) => {
    write(value).catch((error: unknown) => logger.error(`Saving ${what}`, error));
  };
}

export function App({ db = getDb(), deps = defaultFeedActionDeps }: OptionsAppProps) {
  const actions = useMemo(() => createFeedActions(deps), [deps]);
  const feeds = useFeeds(db);
  const items = useItems(db);
  const roles = useStorageItem(rolesItem);
  const languages = useStorageItem(languagesItem);
  const voice = useStorageItem(voiceItem);
  const layoutSeen = useStorageItem(linkedinLayoutItem);
  // IT policy may hide "Add feed" (managed storage, allowUserFeeds: false).
  const policy = useStorageItem(policyItem);
  const userFeedsAllowed = policy?.allowUserFeeds !== false;
  const [launcher, setLauncher] = useState<boolean>();
  const [launcherError, setLauncherError] = useState<string | null>(null);
  useEffect(() => {
    launcherEnabled().then(setLauncher, () => setLauncher(false));
  }, []);
  const now = useNow();
  const { refreshing, refreshError, refreshAll } = useRefreshAll(actions.refresh);
  const [demoError, setDemoError] = useState<Said | null>(null);
  const seenLanguages = useMemo(() => facets(items ?? []).languages, [items]);

  function addDemo() {
    setDemoError(null);
    actions.add(DEMO_FEED_URL).then(setDemoError, () => setDemoError({ text: t('onboarding.demoFailed') }));
  }

  const hasDemo = feeds?.some((f) => f.url === DEMO_FEED_URL) ?? true;

  return (
    <div className="options">
      <header className="app-header">
        <h1>{t('options.title')}</h1>
      </header>
      <main>
        <section aria-labelledby="feeds-title">
          <div className="section-head">
            <h2 id="feeds-title">{t('options.feeds')}</h2>
            {feeds && feeds.length > 0 && (
              <button type="button" onClick={refreshAll} disabled={refreshing}>
                {refreshing ? t('popup.refreshing') : t('options.refreshAll')}
              </button>
            )}
          </div>
          {refreshError && <SaidText said={refreshError} className="banner-error" role="alert" />}
          {feeds === undefined ? (
            <LoadingSkeleton rows={2} />
          ) : (
            <SubscriptionList
              feeds={feeds}
              now={now}
              onRefresh={actions.refresh}
              onRemove={actions.remove}
              onAllow={actions.allowAccess}
              onMove={actions.move}
            />
          )}
          {userFeedsAllowed ? (
            <AddFeedForm onAdd={actions.add} label={t('options.addFeed')} />
          ) : (
            <p className="hint">{t('options.managedFeeds')}</p>
          )}
          <PolicyProblems problems={policy?.malformed ?? []} />
          {userFeedsAllowed && !hasDemo && (
            <p className="hint">
              {t('options.justLooking')}{' '}
              <button type="button" className="link-button" onClick={addDemo}>
                {t('options.addDemo')}
              </button>
              {demoError && <span className="field-error"> {demoError.text}</span>}
            </p>
          )}
        </section>

        <section aria-labelledby="roles-title">
          <h2 id="roles-title">{t('options.roles')}</h2>
          <p className="hint">{t('options.rolesHint')}</p>
          {roles === undefined ? (
            <LoadingSkeleton rows={1} />
          ) : (
            <RolePicker value={roles} onChange={save<Role[]>('roles', (v) => rolesItem.setValue(v))} />
          )}
        </section>

        <section aria-labelledby="languages-title">
          <h2 id="languages-title">{t('options.languages')}</h2>
          {languages === undefined ? (
            <LoadingSkeleton rows={1} />
          ) : (
            <LanguagePicker
              available={seenLanguages}
              value={languages}
              onChange={save<string[]>('languages', (v) => languagesItem.setValue(v))}
            />
          )}
        </section>

        <section aria-labelledby="linkedin-title">
          <h2 id="linkedin-title">{t('options.linkedin')}</h2>
          <LauncherSetting
            enabled={launcher}
            error={launcherError}
            onChange={(enabled) => {
              setLauncherError(null);
              setLauncherFromPage(enabled).then(async (reason) => {
                setLauncherError(reason);
                setLauncher(await launcherEnabled());
              });
            }}
          />
          <LinkedInLayoutSeen seen={layoutSeen} />
        </section>

        <section aria-labelledby="voice-title">
          <h2 id="voice-title">{t('options.voice')}</h2>
          <p className="hint">{t('options.voiceHint')}</p>
          {voice === undefined ? (
            <LoadingSkeleton rows={1} />
          ) : (
            <VoiceSettingsForm
              value={voice}
              onSave={save<VoiceSettings>('your voice', (v) => voiceItem.setValue(v))}
            />
          )}
        </section>

        <section aria-labelledby="organizers-title">
          <h2 id="organizers-title">{t('options.organizers')}</h2>
          <p className="hint">{t('options.organizersHint')}</p>
          <p>
            <button
              type="button"
              onClick={() => {
                browser.tabs
                  .create({ url: browser.runtime.getURL('/feed-check.html') })
                  .catch((error: unknown) => {
                    logger.error('Opening the feed check page', error);
                  });
              }}
            >
              {t('page.feedCheckTitle')}
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                browser.tabs
                  .create({ url: browser.runtime.getURL('/studio.html') })
                  .catch((error: unknown) => {
                    logger.error('Opening the organizer studio', error);
                  });
              }}
            >
              {t('page.studioTitle')}
            </button>
          </p>
        </section>

        <HabitsSection />

        <section aria-labelledby="privacy-title">
          <h2 id="privacy-title">{t('options.privacy')}</h2>
          <p>{t('options.privacyText')}</p>
        </section>
      </main>
    </div>
  );
}
