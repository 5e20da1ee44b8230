import { useEffect, useRef } from 'react';
import { formatDateTime, relativeTime } from '@/shared/dates';
import { languageLabel, safeHttpUrl, type ItemView } from './feed-view';

export interface ItemDetailProps {
  item: ItemView;
  /** The organization, or the feed title when the feed names none. */
  sourceName: string;
  /** The feed's title, shown beside the organization when it differs. */
  feedName?: string;
  now: number;
  onBack: () => void;
}

const NETWORK_LABELS: Record<string, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  any: 'Any network',
};

/** Everything the organizer sent about one item, as plain text. Esc or "Back" returns. */
export function ItemDetail({ item, sourceName, feedName, now, onBack }: ItemDetailProps) {
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    backRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onBack();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onBack]);

  const date = item.datePublished ?? item.dateModified;
  const link = safeHttpUrl(item.url) ?? safeHttpUrl(item.externalUrl);
  const image =
    item.image && URL.canParse(item.image) && new URL(item.image).protocol === 'https:'
      ? item.image
      : undefined;

  return (
    <article className="detail">
      <button type="button" ref={backRef} className="back" onClick={onBack}>
        ← Back
      </button>
      {item.pinned && <span className="card-pinned">Pinned</span>}
      <h2 className="detail-title">{item.title ?? 'Untitled item'}</h2>
      <p className="detail-meta">
        <span>{sourceName}</span>
        {feedName && feedName !== sourceName && <span> · {feedName}</span>}
        {date !== undefined && (
          <>
            {' · '}
            <time dateTime={new Date(date).toISOString()} title={formatDateTime(date)}>
              {relativeTime(date, now)}
            </time>
          </>
        )}
        {item.language && <span> · {languageLabel(item.language)}</span>}
      </p>
      {image && (
        <img className="detail-image" src={image} alt="" referrerPolicy="no-referrer" loading="lazy" />
      )}
      {item.summary && <p className="detail-summary">{item.summary}</p>}
      {item.contentText && <div className="detail-content">{item.contentText}</div>}
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            Open article
          </a>
        </p>
      )}
      {item.tags.length > 0 && (
        <p className="chips" aria-label="Tags">
          {item.tags.map((tag) => (
            <span key={tag} className="chip">
              {tag}
            </span>
          ))}
        </p>
      )}
      {item.prompts.length > 0 && (
        <section className="detail-section">
          <h3>Questions from {sourceName}</h3>
          <ul>
            {item.prompts.map((prompt, i) => (
              <li key={i}>{prompt}</li>
            ))}
          </ul>
        </section>
      )}
      {item.suggestions.length > 0 && (
        <section className="detail-section">
          <h3>Example posts from {sourceName}</h3>
          <ul className="suggestions">
            {item.suggestions.map((s, i) => (
              <li key={i}>
                <span className="suggestion-label">
                  {NETWORK_LABELS[s.network] ?? s.network}
                  {s.language && ` · ${languageLabel(s.language)}`}
                </span>
                <span className="suggestion-text">{s.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {item.hashtags.length > 0 && (
        <section className="detail-section">
          <h3>Suggested hashtags</h3>
          <p className="chips">
            {item.hashtags.map((tag) => (
              <span key={tag} className="chip">
                {tag}
              </span>
            ))}
          </p>
        </section>
      )}
    </article>
  );
}
