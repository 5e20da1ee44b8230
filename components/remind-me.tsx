import { useId, useState } from 'react';
import { useNow } from './use-now';
import { REMIND_LABELS, remindAt, type RemindChoice } from '@/shared/history/remind-times';
import { t } from '@/shared/i18n';

export interface RemindMeProps {
  /**
   * Called straight from the click (before any await), so the page can ask for the notifications
   * permission while the click still counts as the employee's gesture.
   */
  onRemind: (at: number) => Promise<{ ok: true; message: string } | { ok: false; reason: string }>;
}

const CHOICES: RemindChoice[] = ['evening', 'tomorrow', 'monday'];

function localInputValue(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

/** "Remind me" about this item later: this evening, tomorrow morning, next Monday, or a time they pick. */
export function RemindMe({ onRemind }: RemindMeProps) {
  const now = useNow(60_000);
  const [open, setOpen] = useState(false);
  const [custom, setCustom] = useState(() => localInputValue(now + 3_600_000));
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const inputId = useId();

  function remind(at: number) {
    setOpen(false);
    onRemind(at).then(
      (r) => setOutcome(r.ok ? { ok: true, text: r.message } : { ok: false, text: r.reason }),
      () => setOutcome({ ok: false, text: t('remind.failed') }),
    );
  }

  return (
    <div className="remind-me">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('remind.button')}
      </button>
      {open && (
        <div className="remind-menu" role="group" aria-label={t('remind.when')}>
          {CHOICES.map((choice) => {
            const at = remindAt(choice, now);
            return at === undefined ? null : (
              <button key={choice} type="button" onClick={() => remind(at)}>
                {REMIND_LABELS[choice]}
              </button>
            );
          })}
          <span className="remind-custom">
            <label htmlFor={inputId}>{t('remind.at')}</label>{' '}
            <input
              id={inputId}
              type="datetime-local"
              value={custom}
              onChange={(e) => setCustom(e.target.value)}
            />{' '}
            <button
              type="button"
              onClick={() => {
                const at = new Date(custom).getTime();
                if (Number.isNaN(at) || at <= now) {
                  setOutcome({ ok: false, text: t('remind.future') });
                  return;
                }
                remind(at);
              }}
            >
              {t('remind.set')}
            </button>
          </span>
        </div>
      )}
      {outcome && (
        <p className={outcome.ok ? 'share-ok' : 'field-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
