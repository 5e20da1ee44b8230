import { problemText } from '@/shared/feed/problem-text';
import { useId, useState, type FormEvent } from 'react';
import { checkFeedUrl } from '@/shared/feed/fetch-feed';
import { t } from '@/shared/i18n';
import type { Said } from '@/shared/feed/said';
import { SaidText } from './said-text';

export interface AddFeedFormProps {
  /**
   * Called synchronously from the submit event with a checked URL, so the caller can ask for the
   * host permission while the user gesture lasts. Resolves to a reason to show, or null on success.
   */
  onAdd: (url: string) => Promise<Said | null>;
  label?: string;
  submitLabel?: string;
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Feed URL field with inline validation; used by onboarding and the options page. */
export function AddFeedForm({
  onAdd,
  label = t('addFeed.label'),
  submitLabel = t('addFeed.submit'),
}: AddFeedFormProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<Said | null>(null);
  const [pending, setPending] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const trimmed = value.trim();
    if (!trimmed) {
      setMessage({ text: t('addFeed.empty') });
      return;
    }
    // People paste "news.acme.com/feed.json" without a scheme; https is the only one that could work.
    const checked = checkFeedUrl(HAS_SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (!checked.ok) {
      setMessage({ text: `${problemText(checked.reason)}.` });
      return;
    }
    setMessage(null);
    setPending(true);
    // No await before this call: the permission prompt behind it needs the user gesture.
    onAdd(checked.url.href).then(
      (reason) => {
        setPending(false);
        setMessage(reason);
        if (reason === null) setValue('');
      },
      () => {
        setPending(false);
        setMessage({ text: t('addFeed.failed') });
      },
    );
  }

  return (
    <form className="add-feed" onSubmit={submit} noValidate>
      <label htmlFor={id}>{label}</label>
      <div className="add-feed-row">
        <input
          id={id}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://news.example.com/feed.json"
          value={value}
          aria-invalid={message !== null}
          aria-describedby={message ? messageId : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            if (message) setMessage(null);
          }}
        />
        <button type="submit" disabled={pending}>
          {pending ? t('addFeed.adding') : submitLabel}
        </button>
      </div>
      {message && <SaidText said={message} id={messageId} className="field-error" role="alert" />}
    </form>
  );
}
