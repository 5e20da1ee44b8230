import type { Network } from '@/shared/feed/types';
import type { ShareChannel } from '@/shared/share/types';
import { NETWORK_LABELS } from '@/shared/share/network-labels';

export interface ShareBarProps {
  targets: Network[];
  /** Why sharing waits, in plain words; empty when the post is ready. */
  blockers: string[];
  overLimit: ReadonlySet<Network>;
  busy: boolean;
  onShare: (channel: ShareChannel) => void;
}

/** The employee presses Post on the network themselves; these only open the network's share page. */
export function ShareBar({ targets, blockers, overLimit, busy, onShare }: ShareBarProps) {
  const waiting = blockers.length > 0;
  return (
    <section className="share-bar" aria-labelledby="share-heading">
      <h3 id="share-heading">Share it yourself</h3>
      {waiting && (
        <ul className="blockers" aria-live="polite">
          {blockers.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <div className="share-buttons">
        {targets.map((network) => (
          <button
            key={network}
            type="button"
            className={network === 'linkedin' ? 'primary' : undefined}
            disabled={waiting || busy || overLimit.has(network)}
            title={overLimit.has(network) ? `Too long for ${NETWORK_LABELS[network]}` : undefined}
            onClick={() => onShare(network)}
          >
            {network === 'linkedin' ? 'Open in LinkedIn' : NETWORK_LABELS[network]}
          </button>
        ))}
        <button type="button" disabled={waiting || busy} onClick={() => onShare('clipboard')}>
          Copy text
        </button>
      </div>
    </section>
  );
}
