import { ownWordsLabel, type OwnWordsResult } from '@/shared/compose/own-words';
import { t } from '@/shared/i18n';

export interface OwnWordsMeterProps {
  result: OwnWordsResult;
  /** 0–1 from the feed's guidelines; 0 when the organization sets no minimum. */
  minOwnWords: number;
}

/** How much of the post is the employee's own, computed on their machine and never sent. */
export function OwnWordsMeter({ result, minOwnWords }: OwnWordsMeterProps) {
  const label = ownWordsLabel(result, minOwnWords);
  const percent = Math.round(result.ratio * 100);
  return (
    <div className={`meter meter-${label.tone}`}>
      <div className="meter-head">
        <span id="own-words-label">{t('meter.label')}</span>
        <span className="meter-value">{result.totalWords > 0 ? t('meter.percent', { percent }) : '—'}</span>
      </div>
      <div
        className="meter-track"
        role="meter"
        aria-labelledby="own-words-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('meter.valueText', { percent })}
      >
        <div className="meter-fill" style={{ width: `${percent}%` }} />
        {minOwnWords > 0 && (
          <div
            className="meter-min"
            style={{ insetInlineStart: `${Math.round(minOwnWords * 100)}%` }}
            aria-hidden="true"
          />
        )}
      </div>
      <p className="meter-text" aria-live="polite">
        {/* The tone decides the words; shared/compose keeps English ones for logs and tests. */}
        {t(`meter.tone.${label.tone}`)}
      </p>
    </div>
  );
}
