/**
 * Feed problems as data: a code and its parameters, never a sentence. The background stores them
 * (feed status, warnings), and each page says them in the employee's language (problem-text.ts);
 * the CLI says them in English (shared/cli/english.ts). A parameter may itself be a problem
 * ("`title` is <value>; it must be <rule>"), so a sentence is built from translated parts.
 *
 * Every code has a message `feedProblem.<code>` in assets/locales/*.json; a unit test fails on a
 * code without one. Codes in PLURAL_CODES are plural groups chosen by their `count` parameter.
 */

export const PROBLEM_CODES = [
  // Verbatim text that cannot be translated: a JavaScript error's own words, or a record stored
  // before problems had codes (until its next refresh rewrites it).
  'text',
  // How a value is described inside "`path` is <value>".
  'value.missing',
  'value.null',
  'value.literal',
  'value.long',
  'value.list',
  'value.object',
  // What the format wants, from the schema: "…; it must be <rule>".
  'rule.textMax',
  'rule.textRange',
  'rule.textList',
  'rule.notes',
  'rule.httpLink',
  'rule.httpsLink',
  'rule.email',
  'rule.dateTime',
  'rule.xmlDate',
  'rule.oneOf',
  'rule.boolean',
  'rule.fraction',
  'rule.wholeNumber',
  'rule.object',
  'rule.jsonObject',
  'rule.disclosure',
  'rule.suggestion',
  'rule.suggestionList',
  'rule.roleList',
  'rule.networkList',
  'rule.textOrNumber',
  'rule.version',
  'rule.items',
  'rule.schema',
  'rule.schemaNewer',
  // A field that breaks a rule: the feed is rejected, or the field left out or cut.
  'field.invalid',
  'field.dropped',
  'field.droppedPart',
  'field.cut',
  'field.contentCut',
  // A whole item left out, and why.
  'item.skipped',
  'item.unreadable',
  'item.notObject',
  'item.idEmpty',
  'item.idTooLong',
  'item.idDuplicate',
  'item.nothingToShare',
  'item.nothingToShareXml',
  'item.noXmlId',
  // The document as a whole.
  'doc.notObject',
  'doc.empty',
  'doc.xmlNotFeed',
  'doc.html',
  'doc.notJson',
  'doc.tooLarge',
  'doc.atPath',
  'doc.more',
  'xml.entities',
  'xml.otherXml',
  'xml.malformed',
  'xml.unreadable',
  'xml.manyRoots',
  'xml.tooManyItems',
  'xml.noChannel',
  // The address and the download.
  'fetch.notAddress',
  'fetch.credentials',
  'fetch.httpOnlyLocal',
  'fetch.ipv6Loopback',
  'fetch.protocol',
  'fetch.redirectNotHttps',
  'fetch.tooManyRedirects',
  'fetch.timeout',
  'fetch.cancelled',
  'fetch.unreachable',
  'fetch.broken',
  'fetch.sentElsewhere',
  'fetch.noAccess',
  'fetch.movedNoAccess',
  'fetch.notModified',
  'fetch.notModifiedNoCopy',
  'fetch.http',
  'fetch.tooLarge',
  'fetch.noFeed',
  // Keeping the copy, and the subscription itself.
  'storage.full',
  'storage.failed',
  'subscribe.failed',
  'subscribe.removedWhileLoading',
  'subscribe.managed',
  'subscribe.notAllowed',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Codes whose message is a plural group, chosen by the `count` parameter. */
export const PLURAL_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'value.long',
  'value.list',
  'doc.more',
  'fetch.timeout',
]);

export type ProblemParam = string | number | Problem;

export interface Problem {
  code: ProblemCode;
  params?: Record<string, ProblemParam>;
}

export function problem(code: ProblemCode, params?: Record<string, ProblemParam>): Problem {
  return params ? { code, params } : { code };
}

/** Text no one can translate (an error's own words), kept as it is. */
export function verbatim(text: string): Problem {
  return { code: 'text', params: { text } };
}

const KNOWN_CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && KNOWN_CODES.has(code);
}

/** Parameters that hold a JSON path: the XML reader rewrites them into XML terms. */
const PATH_PARAMS = new Set(['path', 'dropped']);

/** The same problem with every path parameter, however deep, passed through `map`. */
export function mapPaths<P extends Problem>(p: P, map: (path: string) => string): P {
  if (!p.params) return p;
  const params: Record<string, ProblemParam> = {};
  for (const [key, value] of Object.entries(p.params)) {
    params[key] =
      typeof value === 'object'
        ? mapPaths(value, map)
        : PATH_PARAMS.has(key) && typeof value === 'string'
          ? map(value)
          : value;
  }
  return { ...p, params };
}

function mentionsPath(found: Problem, path: string): boolean {
  return Object.entries(found.params ?? {}).some(([key, value]) =>
    typeof value === 'object' ? mentionsPath(value, path) : key === 'path' && value === path,
  );
}

/**
 * A located problem as one problem: most already quote their path ("`items[2].url` is …"); the
 * rest get it in front ("items[2]: …", "(root): The document is empty.").
 */
export function withPath({ path, ...found }: Problem & { path: string }): Problem {
  const own = problem(found.code, found.params);
  if (mentionsPath(own, path)) return own;
  return problem('doc.atPath', { path, problem: own });
}

/** How a page or the CLI turns message keys into text (see problem-text.ts, cli/english.ts). */
export interface ProblemCatalog {
  text(key: string, subs: Record<string, string>): string;
  plural(key: string, count: number, subs: Record<string, string>): string;
  number(value: number): string;
}

/** Parameters that are numbers a person counts (sizes, limits), written in the reader's locale. */
const COUNTED = new Set(['max', 'min', 'count']);

export function renderProblem(p: Problem, catalog: ProblemCatalog): string {
  const subs: Record<string, string> = {};
  for (const [key, value] of Object.entries(p.params ?? {})) {
    subs[key] =
      typeof value === 'object'
        ? renderProblem(value, catalog)
        : typeof value === 'number'
          ? COUNTED.has(key)
            ? catalog.number(value)
            : String(value)
          : value;
  }
  const key = `feedProblem.${p.code}`;
  const count = p.params?.count;
  const text =
    PLURAL_CODES.has(p.code) && typeof count === 'number'
      ? catalog.plural(key, count, subs)
      : catalog.text(key, subs);
  return text.trim();
}

/** The schema's rule phrases travel in zod's `message` as a token; see `ruleOf` in issues.ts. */
const RULE_PREFIX = 'ownvoice-rule:';

export function ruleToken(code: ProblemCode, params?: Record<string, string | number>): string {
  return RULE_PREFIX + JSON.stringify(problem(code, params));
}

export function readRuleToken(message: string): Problem | undefined {
  if (!message.startsWith(RULE_PREFIX)) return undefined;
  try {
    const value: unknown = JSON.parse(message.slice(RULE_PREFIX.length));
    return isProblem(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
