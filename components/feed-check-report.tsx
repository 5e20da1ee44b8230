import type { FeedItem, FeedWarning, ParseResult } from '@/shared/feed/types';
import { countSuggestionProblems, createSuggestionChecker } from '@/shared/feed/suggestion-checks';
import { FeedCheckItem } from './feed-check-item';
import { labelledText } from '@/shared/feed/field-text';
import { formatNumber, t, tn } from '@/shared/i18n';

export interface FeedCheckReportProps {
  /** Where the document came from: its URL or file name. */
  source: string;
  result: ParseResult;
  now: number;
}

function itemWarnings(item: FeedItem, warnings: readonly FeedWarning[]): FeedWarning[] {
  return warnings.filter((w) => w.itemId === item.id && w.code !== 'item.skipped');
}

/** What the extension makes of a feed: every error, or a summary, every warning and each item as employees see it. */
export function FeedCheckReport({ source, result, now }: FeedCheckReportProps) {
  if (!result.ok) {
    return (
      <section className="check-report" aria-labelledby="check-result">
        <h2 id="check-result" className="check-rejected">
          {t('check.rejected')}
        </h2>
        <p className="hint">{source}</p>
        <ul className="check-problems" aria-label={t('check.errors')}>
          {result.errors.map((error, i) => (
            <li key={i} className="check-error">
              {labelledText(error)}
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
    (w) => w.index === undefined || w.code === 'item.skipped' || !items.some((i) => i.id === w.itemId),
  );
  const g = meta.guidelines;
  const sourceName = meta.organization ?? meta.title;

  return (
    <section className="check-report" aria-labelledby="check-result">
      <h2 id="check-result" className="check-usable">
        {[
          t('check.usable', { items: tn('check.items', items.length) }) +
            (expired > 0 ? ` ${t('check.expiredCount', { count: formatNumber(expired) })}` : ''),
          tn('check.warnings', result.warnings.length),
          ...(suggestionProblems > 0 ? [tn('check.toFix', suggestionProblems)] : []),
        ].join(t('check.listSeparator'))}
      </h2>
      <dl className="check-meta">
        <dt>{t('filters.feed')}</dt>
        <dd dir="auto">{meta.title}</dd>
        <dt>{t('check.organization')}</dt>
        <dd dir="auto">{meta.organization ?? t('check.noOrganization')}</dd>
        <dt>{t('check.every')}</dt>
        <dd>{tn('check.minutes', meta.refreshMinutes)}</dd>
        <dt>{t('check.guidelines')}</dt>
        <dd>
          {[
            g.disclosure
              ? g.disclosure.required
                ? t('check.disclosureRequired', { text: g.disclosure.text })
                : t('check.disclosure', { text: g.disclosure.text })
              : t('check.noDisclosure'),
            t('check.terms', { blocked: g.blockedTerms.length, caution: g.cautionTerms.length }),
            ...(g.minOwnWords > 0
              ? [t('check.minOwnWords', { percent: Math.round(g.minOwnWords * 100) })]
              : []),
          ].join('; ')}
        </dd>
        <dt>{t('check.source')}</dt>
        <dd className="check-source">{source}</dd>
      </dl>
      {general.length > 0 && (
        <>
          <h3>{t('check.warningsHeading')}</h3>
          <ul className="check-problems" aria-label={t('check.warningsHeading')}>
            {general.map((w, i) => (
              <li key={i} className="check-warning">
                {labelledText(w)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('check.itemsHeading')}</h3>
      {items.length === 0 ? (
        <p className="empty">{t('check.noItems')}</p>
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
