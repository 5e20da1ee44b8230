import { useState } from 'react';
import { AddFeedForm } from './add-feed-form';

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
        setDemoError("Couldn't load the demo feed. Try again.");
      },
    );
  }

  return (
    <section className="onboarding" aria-labelledby="onboarding-title">
      <h2 id="onboarding-title">Welcome to Ownvoice</h2>
      <p>
        Your organization publishes news you may want to share. Ownvoice shows it here so you can say it in
        your own words. Nothing about you is sent anywhere.
      </p>
      <AddFeedForm onAdd={onAdd} label="Add your organization's feed URL" />
      <div className="onboarding-demo">
        <p>No feed URL yet?</p>
        <button type="button" onClick={tryDemo} disabled={demoPending}>
          {demoPending ? 'Loading the demo…' : 'Try the demo feed'}
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
