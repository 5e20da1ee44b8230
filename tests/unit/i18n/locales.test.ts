import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenMessages } from '@/shared/cli/english';
import { LOCALES } from '@/shared/i18n';
import { LOCALES_DIR } from '../../support/locale-messages';

// Every locale has exactly English's keys, except that a plural group ("<base>.one" … "<base>.other")
// holds exactly the CLDR categories its own language uses (Intl.PluralRules): Polish one/few/many/
// other, Hebrew one/two/other, English, Dutch and Bokmål one/other.

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

function load(locale: string): Map<string, string> {
  return flattenMessages(JSON.parse(readFileSync(path.join(LOCALES_DIR, `${locale}.json`), 'utf8')));
}

/** Plural bases (keys with a ".other" child) and the rest. */
function split(messages: Map<string, string>) {
  const plural = new Map<string, Set<string>>();
  for (const key of messages.keys()) {
    const [, base, category] = /^(.*)\.(\w+)$/.exec(key) ?? [];
    if (base && category && messages.has(`${base}.other`) && CATEGORIES.has(category)) {
      plural.set(base, (plural.get(base) ?? new Set()).add(category));
    }
  }
  const simple = [...messages.keys()].filter((key) => {
    const base = key.slice(0, key.lastIndexOf('.'));
    return !plural.has(base);
  });
  return { plural, simple: new Set(simple) };
}

function placeholders(message: string): string[] {
  return [...new Set(Array.from(message.matchAll(PLACEHOLDER), (m) => m[1]!))].sort();
}

const en = load('en');
const enSplit = split(en);

describe('locales', () => {
  it('ships exactly the five UI languages', () => {
    const files = readdirSync(LOCALES_DIR).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (locale) => {
    const messages = load(locale);
    const { plural, simple } = split(messages);

    it('names itself, so plural rules and dates follow the text on screen', () => {
      expect(messages.get('locale')).toBe(locale);
    });

    it('has every English key and no other', () => {
      expect([...simple].filter((k) => !enSplit.simple.has(k))).toEqual([]);
      expect([...enSplit.simple].filter((k) => !simple.has(k))).toEqual([]);
      expect([...plural.keys()].sort()).toEqual([...enSplit.plural.keys()].sort());
    });

    it("has exactly its language's plural categories", () => {
      const expected = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
      for (const [base, categories] of plural) {
        expect({ base, categories: [...categories].sort() }).toEqual({ base, categories: expected });
      }
    });

    it('uses the same placeholders as English', () => {
      for (const key of simple) {
        expect({ key, names: placeholders(messages.get(key)!) }).toEqual({
          key,
          names: placeholders(en.get(key)!),
        });
      }
      // A plural form may spell out its number ("פעמיים", "once"); every other name must match.
      for (const [base, categories] of plural) {
        const english = placeholders(en.get(`${base}.other`)!).filter((n) => n !== 'count');
        for (const category of categories) {
          const names = placeholders(messages.get(`${base}.${category}`)!).filter((n) => n !== 'count');
          expect({ key: `${base}.${category}`, names }).toEqual({
            key: `${base}.${category}`,
            names: english,
          });
        }
        if (placeholders(en.get(`${base}.other`)!).includes('count')) {
          expect({ base, other: messages.get(`${base}.other`) }).toEqual({
            base,
            other: expect.stringContaining('{count}') as unknown,
          });
        }
      }
    });

    it('leaves nothing empty or untranslated by accident', () => {
      for (const [key, message] of messages)
        expect({ key, message: message.trim() !== '' }).toEqual({ key, message: true });
    });
  });

  it('English plural groups are one/other', () => {
    for (const [base, categories] of enSplit.plural) {
      expect({ base, categories: [...categories].sort() }).toEqual({ base, categories: ['one', 'other'] });
    }
  });
});
