/**
 * Feed problems in the language the browser shows the extension in: the popup, Settings, the
 * check page and the studio say them through here. The CLI says them in English (cli/english.ts).
 */
import { formatNumber, t, tn, type MessageKey, type PluralBase } from '@/shared/i18n';
import { renderProblem, withPath, type Problem, type ProblemCatalog } from './problems';

const uiCatalog: ProblemCatalog = {
  text: (key, subs) => t(key as MessageKey, subs),
  plural: (key, count, subs) => tn(key as PluralBase, count, subs),
  number: formatNumber,
};

/** The catalog problems are said with on the pages, for a page that words some codes its own way. */
export function problemCatalog(): ProblemCatalog {
  return uiCatalog;
}

export function problemText(found: Problem): string {
  return renderProblem(found, uiCatalog);
}

/** A feed error or warning, with its path in front where its text does not quote it. */
export function locatedText(found: Problem & { path: string }): string {
  return problemText(withPath(found));
}

/** A failed answer from the background: a feed problem when it has one, else its own words. */
export function failureText(result: { reason: string; problem?: Problem }): string {
  return result.problem ? problemText(result.problem) : result.reason;
}
