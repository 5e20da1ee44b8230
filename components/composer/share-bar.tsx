import type { Network } from '@/shared/feed/types';
import type { ShareChannel } from '@/shared/share/types';
import { NETWORK_LABELS } from '@/shared/share/network-labels';
import { t } from '@/shared/i18n';

export interface ShareBarProps {
  targets: Network[];
  /** Why sharing waits, in plain words; empty when the post is ready. */
  blockers: string[];
  overLimit: ReadonlySet<Network>;
  busy: boolean;
  labels?: Partial<Record<ShareChannel, string>>;
  /** Where this post has gone already, and what each done mark says where not the default. */
  sharedTo?: readonly ShareChannel[];
  doneLabels?: Partial<Record<ShareChannel, string>>;
  onShare: (channel: ShareChannel) => void;
}

const doneLabel = (channel: ShareChannel, labels?: Partial<Record<ShareChannel, string>>) =>
  labels?.[channel] ??
  (channel === 'clipboard'
    ? t('share.copiedDone')
    : t('share.openedIn', { network: NETWORK_LABELS[channel] }));

const DEFAULT_LABELS: Partial<Record<ShareChannel, () => string>> = {
  linkedin: () => t('share.openLinkedIn'),
  clipboard: () => t('share.copyText'),
};

/** The employee presses Post on the network themselves; these only open the network's share page. */
export function ShareBar({
  targets,
  blockers,
  overLimit,
  busy,
  labels,
  sharedTo = [],
  doneLabels,
  onShare,
}: ShareBarProps) {
  const label = (channel: ShareChannel) =>
    labels?.[channel] ?? DEFAULT_LABELS[channel]?.() ?? NETWORK_LABELS[channel];
  const waiting = blockers.length > 0;
  return (
    <section className="share-bar" aria-labelledby="share-heading">
      <h3 id="share-heading">{t('share.heading')}</h3>
      {sharedTo.length > 0 && (
        <ul className="shared-to" aria-label={t('share.sharedToLabel')}>
          {sharedTo.map((channel) => (
            <li key={channel}>
              {doneLabel(channel, doneLabels)} <span aria-hidden="true">✓</span>
            </li>
          ))}
        </ul>
      )}
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
            title={
              overLimit.has(network) ? t('share.tooLongFor', { network: NETWORK_LABELS[network] }) : undefined
            }
            onClick={() => onShare(network)}
          >
            {label(network)}
          </button>
        ))}
        <button type="button" disabled={waiting || busy} onClick={() => onShare('clipboard')}>
          {label('clipboard')}
        </button>
      </div>
    </section>
  );
}
