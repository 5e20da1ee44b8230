import { linkedinPreview, postLength } from '@/shared/compose/network-limits';
import type { Network } from '@/shared/feed/types';
import { NETWORK_LABELS } from '@/shared/share/network-labels';
import { formatNumber, t, tn } from '@/shared/i18n';

export interface LengthListProps {
  /** The post as each network would receive it (the link may carry a different utm_source). */
  textFor: (network: Network) => string;
  networks: Network[];
}

/** Each allowed network's limit, and what LinkedIn shows before "…see more". */
export function LengthList({ textFor, networks }: LengthListProps) {
  const preview = networks.includes('linkedin') ? linkedinPreview(textFor('linkedin')) : undefined;
  return (
    <section className="lengths" aria-label={t('lengths.label')}>
      <ul className="length-list">
        {networks.map((network) => {
          const length = postLength(textFor(network), network);
          return (
            <li key={network} className={length.over ? 'length-over' : undefined}>
              {NETWORK_LABELS[network]}{' '}
              <span className="length-count">
                {formatNumber(length.used)}/{formatNumber(length.limit)}
              </span>
              {length.over && (
                <span className="visually-hidden"> {tn('lengths.tooLong', length.used - length.limit)}</span>
              )}
            </li>
          );
        })}
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
