import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishText } from '@/shared/cli/english';
import { PLURAL_CODES, PROBLEM_CODES, problem, type ProblemCode } from '@/shared/feed/problems';
import { LOCALES } from '@/shared/i18n';
import { LOCALES_DIR } from '../../support/locale-messages';

// Feed problems travel as codes; each page says them through `feedProblem.<code>`. A code with no
// message would show the browser's empty string, so every code needs one in English (and the
// locale test makes every other language carry exactly English's keys).

function messagesOf(locale: string): Record<string, unknown> {
  const all = JSON.parse(readFileSync(path.join(LOCALES_DIR, `${locale}.json`), 'utf8')) as {
    feedProblem?: Record<string, unknown>;
  };
  return all.feedProblem ?? {};
}

function at(tree: Record<string, unknown>, code: string): unknown {
  return code.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
}

function leafCodes(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, child]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') return [name];
    const node = child as Record<string, unknown>;
    // A plural group is one message.
    return typeof node.other === 'string' ? [name] : leafCodes(node, name);
  });
}

describe('feed problem messages', () => {
  describe.each(LOCALES)('%s', (locale) => {
    const messages = messagesOf(locale);

    it('says every code', () => {
      const unsaid = PROBLEM_CODES.filter((code: ProblemCode) => {
        const message = at(messages, code);
        if (PLURAL_CODES.has(code))
          return typeof (message as { other?: unknown } | undefined)?.other !== 'string';
        return typeof message !== 'string' || message.trim() === '';
      });
      expect(unsaid).toEqual([]);
    });

    it('has no message for a code that does not exist', () => {
      expect(
        leafCodes(messages).filter((code) => !(PROBLEM_CODES as readonly string[]).includes(code)),
      ).toEqual([]);
    });
  });

  it('builds a sentence from translated parts, in English for the CLI', () => {
    const invalid = problem('field.dropped', {
      path: 'items[0].url',
      value: problem('value.literal', { text: '"javascript:alert(1)"' }),
      rule: problem('rule.httpLink'),
    });
    expect(englishText(invalid)).toBe(
      '`items[0].url` is "javascript:alert(1)"; it must be an http:// or https:// link (other kinds of links are never used), so it was left out',
    );
    expect(englishText(problem('doc.more', { problem: problem('doc.empty'), count: 1 }))).toBe(
      'The document is empty. (and 1 more problem)',
    );
    expect(englishText(problem('value.long', { count: 12_000 }))).toBe('12,000 characters long');
  });
});
