/**
 * Feed problems in English for the command line (`feed:check`, `feed:build`) and for logs and
 * tests: the same messages the extension shows, read from assets/locales/en.json.
 */
import en from '../../assets/locales/en.json';
import { renderProblem, type Problem, type ProblemCatalog } from '../feed/problems';

/** A locale file's nested messages by their dotted keys (`feedProblem.doc.empty`). */
export function flattenMessages(
  value: unknown,
  prefix = '',
  out = new Map<string, string>(),
): Map<string, string> {
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(name, child);
    else flattenMessages(child, name, out);
  }
  return out;
}

let messages: Map<string, string> | undefined;
function english(): Map<string, string> {
  messages ??= flattenMessages(en);
  return messages;
}

function fill(key: string, subs: Record<string, string>): string {
  const message = english().get(key);
  if (message === undefined) throw new Error(`No English message for ${key}`);
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => subs[name] ?? whole);
}

const numbers = new Intl.NumberFormat('en-US');
const plurals = new Intl.PluralRules('en-US');

const englishCatalog: ProblemCatalog = {
  text: fill,
  plural: (key, count, subs) =>
    fill(`${key}.${plurals.select(count)}`, { count: numbers.format(count), ...subs }),
  number: (value) => numbers.format(value),
};

export function englishText(found: Problem): string {
  return renderProblem(found, englishCatalog);
}
