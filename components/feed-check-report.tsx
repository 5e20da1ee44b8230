import type { FeedItem, FeedWarning, ParseResult } from '@/shared/feed/types';
import { countSuggestionProblems, createSuggestionChecker } from '@/shared/feed/suggestion-checks';
import { FeedCheckItem, problemText } from './feed-check-item';

export interface FeedCheckReportProps {
  /** Where the document came from: its URL or file name. */
  source: string;
  result: ParseResult;
  now: number;
}

function itemWarnings(item: FeedItem, warnings: readonly FeedWarning[]): FeedWarning[] {
  return warnings.filter((w) => w.itemId === item.id && !w.message.startsWith('Item skipped'));
}

/** What the extension makes of a feed: every error, or a summary, every warning and each item as employees see it. */
export function FeedCheckReport({ source, result, now }: FeedCheckReportProps) {
  if (!result.ok) {
    return (
      <section className="check-report" aria-labelledby="check-result">
        <h2 id="check-result" className="check-rejected">
          Rejected: employees would keep their last good copy of this feed
        </h2>
        <p className="hint">{source}</p>
        <ul className="check-problems" aria-label="Errors">
          {result.errors.map((error, i) => (
            <li key={i} className="check-error">
              {problemText(error)}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const { meta, items } = result.feed;
  const check = createSuggestionChecker(meta.guidelines);
  const checks = new Map(items.map((item) => [item, check(item)]));
  const suggestionProblems = countSuggestionProblems([...checks.values()].flat());
  const expired = items.filter((i) => i.expiresAt !== undefined && i.expiresAt <= now).length;
  const general = result.warnings.filter(
    (w) =>
      w.index === undefined || w.message.startsWith('Item skipped') || !items.some((i) => i.id === w.itemId),
  );
  const g = meta.guidelines;
  const sourceName = meta.organization ?? meta.title;

  return (
    <section className="check-report" aria-labelledby="check-result">
      <h2 id="check-result" className="check-usable">
        Usable: {items.length.toLocaleString('en-US')} item{items.length === 1 ? '' : 's'}
        {expired > 0 && ` (${expired} expired)`}, {result.warnings.length} warning
        {result.warnings.length === 1 ? '' : 's'}
        {suggestionProblems > 0 &&
          `, ${suggestionProblems} suggested post${suggestionProblems === 1 ? '' : 's'} to fix`}
      </h2>
      <dl className="check-meta">
        <dt>Feed</dt>
        <dd dir="auto">{meta.title}</dd>
        <dt>Organization</dt>
        <dd>{meta.organization ?? '(not set: the feed title is shown instead)'}</dd>
        <dt>Checked every</dt>
        <dd>{meta.refreshMinutes} minutes</dd>
        <dt>Guidelines</dt>
        <dd>
          {g.disclosure
            ? `Disclosure ${g.disclosure.text}${g.disclosure.required ? ' (required)' : ''}`
            : 'No disclosure'}
          {`; ${g.blockedTerms.length} blocked and ${g.cautionTerms.length} caution terms`}
          {g.minOwnWords > 0 && `; at least ${Math.round(g.minOwnWords * 100)}% own words`}
        </dd>
        <dt>Source</dt>
        <dd className="check-source">{source}</dd>
      </dl>
      {general.length > 0 && (
        <>
          <h3>Warnings</h3>
          <ul className="check-problems" aria-label="Warnings">
            {general.map((w, i) => (
              <li key={i} className="check-warning">
                {problemText(w)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Items as employees will see them</h3>
      {items.length === 0 ? (
        <p className="empty">The feed has no items yet.</p>
      ) : (
        <div className="check-items">
          {items.map((item) => (
            <FeedCheckItem
              key={item.id}
              item={item}
              sourceName={sourceName}
              checks={checks.get(item) ?? []}
              warnings={itemWarnings(item, result.warnings)}
              now={now}
            />
          ))}
        </div>
      )}
    </section>
  );
}
