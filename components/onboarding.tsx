import { useState } from 'react';
import { AddFeedForm } from './add-feed-form';
import { t } from '@/shared/i18n';
import type { Said } from '@/shared/feed/said';
import { SaidText } from './said-text';

export interface OnboardingProps {
  /** See AddFeedForm: called synchronously with a checked URL; resolves to a reason or null. */
  onAdd: (url: string) => Promise<Said | null>;
  /** Subscribes to the bundled demo feed; resolves to a reason or null. */
  onTryDemo: () => Promise<Said | null>;
}

/** First run: no subscriptions yet. */
export function Onboarding({ onAdd, onTryDemo }: OnboardingProps) {
  const [demoPending, setDemoPending] = useState(false);
  const [demoError, setDemoError] = useState<Said | null>(null);

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
        setDemoError({ text: t('onboarding.demoFailed') });
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
        {demoError && <SaidText said={demoError} className="field-error" role="alert" />}
      </div>
    </section>
  );
}
