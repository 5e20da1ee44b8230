import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateChromeMessages, parseMessagesObject } from '@wxt-dev/i18n/build';

export const LOCALES_DIR = path.resolve(__dirname, '../../assets/locales');

/** A locale's messages exactly as the build writes them to _locales/<lang>/messages.json. */
export function chromeMessages(locale: string): Record<string, { message: string }> {
  const raw = JSON.parse(readFileSync(path.join(LOCALES_DIR, `${locale}.json`), 'utf8')) as Parameters<
    typeof parseMessagesObject
  >[0];
  return generateChromeMessages(parseMessagesObject(raw)) as Record<string, { message: string }>;
}

/**
 * `browser.i18n.getMessage` as Chromium answers it for `locale` (falling back to English for a
 * missing key, as Chromium does with `default_locale`), for the fake browser in unit tests.
 */
export function fakeGetMessage(locale: string) {
  const own = chromeMessages(locale);
  const en = locale === 'en' ? own : chromeMessages('en');
  return (name: string, subs?: string | string[]): string => {
    const message = own[name]?.message ?? en[name]?.message ?? '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return message.replace(/\$(\d)/g, (m, i: string) => list[Number(i) - 1] ?? '');
  };
}
