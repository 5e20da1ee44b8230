import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkFeedUrl } from '@/shared/feed/fetch-feed';
import { parseFeedText } from '@/shared/feed/parse';
import { locatedText, problemText } from '@/shared/feed/problem-text';
import { problem, verbatim, type Problem } from '@/shared/feed/problems';
import { describeRejection } from '@/shared/feed/sync';
import { LOCALES } from '@/shared/i18n';
import { HOSTILE_CORPUS } from '../../fixtures/hostile';
import { fakeGetMessage } from '../../support/locale-messages';

// Every problem the reader really produces, from the fixture feeds and the hostile corpus, said in
// each UI language: the parameters a code is given must be the ones its messages name.

const FEEDS = path.resolve(__dirname, '../../fixtures/feeds');

function documents(): string[] {
  const files = [
    ...readdirSync(FEEDS).filter((f) => /\.(json|txt|html)$/.test(f)),
    ...readdirSync(path.join(FEEDS, 'xml')).map((f) => `xml/${f}`),
  ];
  return [
    ...files.map((f) => readFileSync(path.join(FEEDS, f), 'utf8')),
    ...HOSTILE_CORPUS.filter((doc) => doc.name.length < 200 && !/MB|million|deep/i.test(doc.name)).map(
      (doc) => doc.body(),
    ),
  ];
}

function collect(): (Problem & { path?: string })[] {
  const found: (Problem & { path?: string })[] = [];
  for (const text of documents()) {
    const result = parseFeedText(text);
    if (result.ok) found.push(...result.warnings);
    else found.push(...result.errors, describeRejection(result.errors));
  }
  for (const url of [
    'nope',
    'http://acme.example/f.json',
    'ftp://acme.example/f.json',
    'https://u:p@a.example/',
  ]) {
    const checked = checkFeedUrl(url);
    if (!checked.ok) found.push(checked.reason);
  }
  found.push(
    problem('fetch.timeout', { count: 15 }),
    problem('fetch.timeout', { count: 1 }),
    problem('fetch.unreachable', { host: 'acme.example', detail: verbatim('Failed to fetch') }),
    problem('subscribe.failed', { reason: problem('fetch.http', { status: 404, phrase: 'Not Found' }) }),
    problem('fetch.movedNoAccess', { url: 'https://blog.example/f.json', host: 'blog.example' }),
  );
  return found;
}

const problems = collect();

describe.each(LOCALES)('feed problems in %s', (locale) => {
  beforeEach(() => {
    fakeBrowser.i18n.getMessage = fakeGetMessage(locale) as typeof fakeBrowser.i18n.getMessage;
  });

  it('says each one in full: no empty text, no placeholder left unfilled', () => {
    expect(problems.length).toBeGreaterThan(40);
    const broken = problems
      .map((p) => ({
        code: p.code,
        text: 'path' in p && p.path ? locatedText({ ...p, path: p.path }) : problemText(p),
      }))
      .filter(({ text }) => text.trim() === '' || /\{[A-Za-z0-9_]+\}/.test(text));
    expect(broken).toEqual([]);
  });
});

describe('feed problems read as the employee’s language', () => {
  it.each([
    ['pl', 'Nie udało się połączyć z acme.example: Failed to fetch'],
    ['nl', 'acme.example is niet bereikbaar: Failed to fetch'],
    ['he', 'לא ניתן להגיע אל acme.example: Failed to fetch'],
  ])('%s', (locale, expected) => {
    fakeBrowser.i18n.getMessage = fakeGetMessage(locale) as typeof fakeBrowser.i18n.getMessage;
    expect(
      problemText(
        problem('fetch.unreachable', { host: 'acme.example', detail: verbatim('Failed to fetch') }),
      ),
    ).toBe(expected);
  });

  it('builds a Polish sentence from Polish parts, plurals included', () => {
    fakeBrowser.i18n.getMessage = fakeGetMessage('pl') as typeof fakeBrowser.i18n.getMessage;
    const dropped = problem('field.dropped', {
      path: 'items[0].tags',
      value: problem('value.list', { count: 3 }),
      rule: problem('rule.textList', { max: 200 }),
    });
    expect(problemText(dropped)).toBe(
      '`items[0].tags`: lista z 3 elementami; wymagane: lista tekstów, każdy o długości najwyżej 200 znaków, więc pole pominięto',
    );
    expect(problemText(problem('doc.more', { problem: problem('doc.empty'), count: 5 }))).toBe(
      'Dokument jest pusty. (i jeszcze 5 problemów)',
    );
  });
});
