import { linkedinPreview, type PostLength } from '@/shared/compose/network-limits';
import type { Network } from '@/shared/feed/types';
import { NETWORK_LABELS } from '@/shared/share/network-labels';
import { formatNumber, t, tn } from '@/shared/i18n';

export interface LengthListProps {
  /** Each network's count of the post as it would receive it (the link's utm_source differs). */
  lengths: { network: Network; length: PostLength }[];
  /** The post as LinkedIn would receive it, for its "…see more" preview; absent without LinkedIn. */
  linkedinText?: string;
}

/** Each allowed network's limit, and what LinkedIn shows before "…see more". */
export function LengthList({ lengths, linkedinText }: LengthListProps) {
  const preview = linkedinText === undefined ? undefined : linkedinPreview(linkedinText);
  return (
    <section className="lengths" aria-label={t('lengths.label')}>
      <ul className="length-list">
        {lengths.map(({ network, length }) => (
          <li key={network} className={length.over ? 'length-over' : undefined}>
            {NETWORK_LABELS[network]}{' '}
            <span className="length-count">
              {formatNumber(length.used)}/{formatNumber(length.limit)}
            </span>
            {length.over && (
              <span className="visually-hidden"> {tn('lengths.tooLong', length.used - length.limit)}</span>
            )}
          </li>
        ))}
      </ul>
      {preview?.truncated && (
        <details className="preview">
          <summary>{t('lengths.previewSummary')}</summary>
          <p className="preview-text" dir="auto">
            {preview.visible}
            <span className="preview-more">{t('lengths.seeMore')}</span>
          </p>
        </details>
      )}
    </section>
  );
}
