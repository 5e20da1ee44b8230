import { formatDateTime } from '@/shared/dates';
import type { FeedItem, FeedWarning } from '@/shared/feed/types';
import type { SuggestionCheck } from '@/shared/feed/suggestion-checks';
import { NETWORK_LABELS } from '@/shared/share/network-labels';
import { findingText } from './composer/finding-text';
import { labelledText } from '@/shared/feed/field-text';
import { languageLabel, ROLE_LABELS, safeHttpUrl } from './feed-view';
import { formatNumber, t, tn } from '@/shared/i18n';

export interface FeedCheckItemProps {
  item: FeedItem;
  sourceName: string;
  checks: SuggestionCheck[];
  /** Warnings about this item (parts left out). */
  warnings: FeedWarning[];
  now: number;
}

function SuggestionReport({ check }: { check: SuggestionCheck }) {
  const problems = [
    ...check.findings.map((f) => ({
      key: `${f.kind}:${f.term}`,
      severity: f.severity,
      text: findingText(f),
    })),
    ...check.tooLong.map((long) => ({
      key: `length:${long.network}`,
      severity: 'error' as const,
      text: tn('check.tooLong', long.limit, { network: long.label, used: formatNumber(long.used) }),
    })),
  ];
  return (
    <li className={problems.some((p) => p.severity === 'error') ? 'suggestion has-error' : 'suggestion'}>
      <span className="suggestion-label">
        {t('check.suggestedFor', {
          // Mid-sentence: "Suggested post for any network".
          network:
            check.suggestion.network === 'any'
              ? t('check.anyNetwork')
              : NETWORK_LABELS[check.suggestion.network],
        })}
        {check.suggestion.language && ` · ${languageLabel(check.suggestion.language)}`}
      </span>
      <span className="suggestion-text" dir="auto">
        {check.suggestion.text}
      </span>
      {problems.length === 0 ? (
        <span className="check-ok">{t('check.suggestionOk')}</span>
      ) : (
        <ul className="check-problems" aria-label={t('check.suggestionProblems')}>
          {problems.map((p) => (
            <li key={p.key} className={`check-${p.severity}`}>
              {p.severity === 'error' ? t('check.error') : t('check.warning')} {p.text}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** One item as an employee will see it, with what the check found about it. */
export function FeedCheckItem({ item, sourceName, checks, warnings, now }: FeedCheckItemProps) {
  const link = safeHttpUrl(item.url) ?? safeHttpUrl(item.externalUrl);
  const date = item.datePublished ?? item.dateModified;
  const expired = item.expiresAt !== undefined && item.expiresAt <= now;
  return (
    <article className="check-item" aria-label={item.title ?? item.id}>
      <h3 className="detail-title" dir="auto">
        {item.pinned && <span className="card-pinned">{t('item.pinned')}</span>}{' '}
        {item.title ?? t('item.untitled')}
      </h3>
      <p className="detail-meta">
        <span dir="auto">{sourceName}</span>
        {date !== undefined && <span> · {formatDateTime(date)}</span>}
        {item.language && <span> · {languageLabel(item.language)}</span>}
        <span> · id {item.id}</span>
      </p>
      {expired && <p className="check-warning">{t('check.expired')}</p>}
      {item.summary && (
        <p className="detail-summary" dir="auto">
          {item.summary}
        </p>
      )}
      {item.contentText && (
        <details>
          <summary>{tn('check.fullText', item.contentText.length)}</summary>
          <div className="detail-content" dir="auto">
            {item.contentText}
          </div>
        </details>
      )}
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {link}
          </a>
        </p>
      )}
      {item.image && <p className="hint">{t('check.image', { url: item.image })}</p>}
      {(item.tags.length > 0 || item.roles.length > 0) && (
        <p className="chips" aria-label={t('check.tagsRoles')}>
          {item.roles.map((role) => (
            <span key={`role:${role}`} className="chip">
              {t('check.forRole', { role: ROLE_LABELS[role] })}
            </span>
          ))}
          {item.tags.map((tag) => (
            <span key={`tag:${tag}`} className="chip">
              {tag}
            </span>
          ))}
        </p>
      )}
      {item.prompts.length > 0 && (
        <div className="detail-section">
          <h4>{t('check.prompts')}</h4>
          <ul>
            {item.prompts.map((prompt) => (
              <li key={prompt} dir="auto">
                {prompt}
              </li>
            ))}
          </ul>
        </div>
      )}
      {checks.length > 0 && (
        <ul className="suggestions" aria-label={t('check.suggestedPosts')}>
          {checks.map((check, i) => (
            <SuggestionReport key={i} check={check} />
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="check-problems" aria-label={t('check.itemWarnings')}>
          {warnings.map((w, i) => (
            <li key={i} className="check-warning">
              {labelledText(w)}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
