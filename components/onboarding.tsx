import { useState } from 'react';
import { AddFeedForm } from './add-feed-form';
import { t } from '@/shared/i18n';

export interface OnboardingProps {
  /** See AddFeedForm: called synchronously with a checked URL; resolves to a reason or null. */
  onAdd: (url: string) => Promise<string | null>;
  /** Subscribes to the bundled demo feed; resolves to a reason or null. */
  onTryDemo: () => Promise<string | null>;
}

/** First run: no subscriptions yet. */
export function Onboarding({ onAdd, onTryDemo }: OnboardingProps) {
  const [demoPending, setDemoPending] = useState(false);
  const [demoError, setDemoError] = useState<string | null>(null);

  function tryDemo() {
    setDemoPending(true);
    setDemoError(null);
    onTryDemo().then(
      (reason) => {
        setDemoPending(false);
        setDemoError(reason);
      },
      () => {
        setDemoPending(false);
        setDemoError(t('onboarding.demoFailed'));
      },
    );
  }

  return (
    <section className="onboarding" aria-labelledby="onboarding-title">
      <h2 id="onboarding-title">{t('onboarding.title')}</h2>
      <p>{t('onboarding.intro')}</p>
      <AddFeedForm onAdd={onAdd} label={t('onboarding.addLabel')} />
      <div className="onboarding-demo">
        <p>{t('onboarding.noUrl')}</p>
        <button type="button" onClick={tryDemo} disabled={demoPending}>
          {demoPending ? t('onboarding.demoLoading') : t('onboarding.tryDemo')}
        </button>
        {demoError && (
          <p className="field-error" role="alert">
            {demoError}
          </p>
        )}
      </div>
    </section>
  );
}
