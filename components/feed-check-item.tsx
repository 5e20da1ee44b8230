import { formatDateTime } from '@/shared/dates';
import type { FeedItem, FeedWarning } from '@/shared/feed/types';
import type { SuggestionCheck } from '@/shared/feed/suggestion-checks';
import { languageLabel, ROLE_LABELS, safeHttpUrl } from './feed-view';

export interface FeedCheckItemProps {
  item: FeedItem;
  sourceName: string;
  checks: SuggestionCheck[];
  /** Warnings about this item (parts left out). */
  warnings: FeedWarning[];
  now: number;
}

/** The message, with its path in front where the message does not quote it already. */
export function problemText(problem: { path: string; message: string }): string {
  return problem.message.includes(`\`${problem.path}\``)
    ? problem.message
    : `${problem.path}: ${problem.message}`;
}

const NETWORK_NAMES: Record<string, string> = {
  any: 'any network',
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

function SuggestionReport({ check }: { check: SuggestionCheck }) {
  const problems = [
    ...check.findings.map((f) => ({ key: `${f.kind}:${f.term}`, severity: f.severity, text: f.message })),
    ...check.tooLong.map((t) => ({
      key: `length:${t.network}`,
      severity: 'error' as const,
      text: `Too long for ${t.label}: ${t.used.toLocaleString('en-US')} of ${t.limit.toLocaleString('en-US')} ${t.unit}`,
    })),
  ];
  return (
    <li className={problems.some((p) => p.severity === 'error') ? 'suggestion has-error' : 'suggestion'}>
      <span className="suggestion-label">
        Suggested post for {NETWORK_NAMES[check.suggestion.network] ?? check.suggestion.network}
        {check.suggestion.language && ` · ${languageLabel(check.suggestion.language)}`}
      </span>
      <span className="suggestion-text" dir="auto">
        {check.suggestion.text}
      </span>
      {problems.length === 0 ? (
        <span className="check-ok">Meets the feed’s guidelines and every network’s length.</span>
      ) : (
        <ul className="check-problems" aria-label="Problems with this suggestion">
          {problems.map((p) => (
            <li key={p.key} className={`check-${p.severity}`}>
              {p.severity === 'error' ? 'Error: ' : 'Warning: '}
              {p.text}
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
        {item.pinned && <span className="card-pinned">Pinned</span>} {item.title ?? 'Untitled item'}
      </h3>
      <p className="detail-meta">
        <span>{sourceName}</span>
        {date !== undefined && <span> · {formatDateTime(date)}</span>}
        {item.language && <span> · {languageLabel(item.language)}</span>}
        <span> · id {item.id}</span>
      </p>
      {expired && <p className="check-warning">Expired: employees no longer see this item.</p>}
      {item.summary && (
        <p className="detail-summary" dir="auto">
          {item.summary}
        </p>
      )}
      {item.contentText && (
        <details>
          <summary>Full text ({item.contentText.length.toLocaleString('en-US')} characters)</summary>
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
      {item.image && <p className="hint">Image: {item.image}</p>}
      {(item.tags.length > 0 || item.roles.length > 0) && (
        <p className="chips" aria-label="Tags and roles">
          {item.roles.map((role) => (
            <span key={`role:${role}`} className="chip">
              For {ROLE_LABELS[role]}
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
          <h4>Questions offered to the employee</h4>
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
        <ul className="suggestions" aria-label="Suggested posts">
          {checks.map((check, i) => (
            <SuggestionReport key={i} check={check} />
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="check-problems" aria-label="Warnings about this item">
          {warnings.map((w, i) => (
            <li key={i} className="check-warning">
              {problemText(w)}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
