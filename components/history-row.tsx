import { useState } from 'react';
import type { HistoryEntry } from '@/shared/history/export-format';
import { NETWORK_LABELS } from '@/shared/share/network-labels';
import { SHARE_STATUSES, type ShareStatus } from '@/shared/share/types';
import { safeHttpUrl } from './feed-view';
import { percent, shareTime, STATUS_LABELS, weekLabel } from './history-labels';
import { t } from '@/shared/i18n';

export interface HistoryRowProps {
  entry: HistoryEntry;
  /** Set on the first row of a week: its start, for the heading above it. */
  weekStart?: number;
  onStatusChange: (id: string, status: ShareStatus) => void;
  onDelete: (id: string) => void;
}

/** One share: when, where, how it went, the text as shared, and what it was about. */
export function HistoryRow({ entry, weekStart, onStatusChange, onDelete }: HistoryRowProps) {
  const [confirming, setConfirming] = useState(false);
  const link = safeHttpUrl(entry.itemUrl);
  const title = entry.itemTitle ?? entry.itemId;
  return (
    <article
      className="history-row"
      aria-label={t('history.rowLabel', {
        network: NETWORK_LABELS[entry.channel],
        when: shareTime(entry.createdAt),
      })}
    >
      {weekStart !== undefined && <h3 className="history-week">{weekLabel(weekStart)}</h3>}
      <div className="history-entry">
        <div className="card-meta history-meta">
          <time dateTime={new Date(entry.createdAt).toISOString()}>{shareTime(entry.createdAt)}</time>
          <span>{NETWORK_LABELS[entry.channel]}</span>
          <span title={t('history.ownWordsTitle')}>
            {t('history.ownWords', { percent: percent(entry.ownWords) })}
          </span>
        </div>
        <p className="history-text" dir="auto">
          {entry.text}
        </p>
        <p className="history-about">
          {link ? (
            <a href={link} target="_blank" rel="noreferrer noopener">
              <bdi>{title}</bdi>
            </a>
          ) : (
            <bdi>{title}</bdi>
          )}
          {entry.feedTitle && (
            <span className="hint">
              {' · '}
              <bdi>{entry.feedTitle}</bdi>
            </span>
          )}
        </p>
        {entry.tags.length > 0 && (
          <ul className="chips" aria-label={t('detail.tags')}>
            {entry.tags.map((tag) => (
              <li key={tag} className="chip" dir="auto">
                {tag}
              </li>
            ))}
          </ul>
        )}
        <div className="history-actions">
          <label>
            {t('history.status')}{' '}
            <select
              value={entry.status}
              onChange={(e) => onStatusChange(entry.id, e.target.value as ShareStatus)}
            >
              {SHARE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          {confirming ? (
            <span>
              {t('history.deleteConfirm')}{' '}
              <button type="button" className="danger" onClick={() => onDelete(entry.id)}>
                {t('history.delete')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('history.keep')}
              </button>
            </span>
          ) : (
            <button type="button" className="link-button" onClick={() => setConfirming(true)}>
              {t('history.deleteMenu')}
            </button>
          )}
        </div>
      </div>
    </article>
  );
}
