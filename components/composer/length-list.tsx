import { linkedinPreview, NETWORK_LIMITS, postLength } from '@/shared/compose/network-limits';
import type { Network } from '@/shared/feed/types';
import { NETWORK_LABELS } from '@/shared/share/network-labels';

export interface LengthListProps {
  /** The post as each network would receive it (the link may carry a different utm_source). */
  textFor: (network: Network) => string;
  networks: Network[];
}

/** Each allowed network's limit, and what LinkedIn shows before "…see more". */
export function LengthList({ textFor, networks }: LengthListProps) {
  const preview = networks.includes('linkedin') ? linkedinPreview(textFor('linkedin')) : undefined;
  return (
    <section className="lengths" aria-label="Length per network">
      <ul className="length-list">
        {networks.map((network) => {
          const length = postLength(textFor(network), network);
          return (
            <li key={network} className={length.over ? 'length-over' : undefined}>
              {NETWORK_LABELS[network]}{' '}
              <span className="length-count">
                {length.used.toLocaleString()}/{length.limit.toLocaleString()}
              </span>
              {length.over && (
                <span className="visually-hidden">
                  {' '}
                  — too long by {length.used - length.limit} {NETWORK_LIMITS[network].unit}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {preview?.truncated && (
        <details className="preview">
          <summary>What LinkedIn shows before “…see more”</summary>
          <p className="preview-text" dir="auto">
            {preview.visible}
            <span className="preview-more">…see more</span>
          </p>
        </details>
      )}
    </section>
  );
}
