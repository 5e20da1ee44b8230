import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ageOf, relativeTime, timeAgo } from '@/shared/dates';
import { fakeGetMessage } from '../support/locale-messages';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

function useLocale(locale: string) {
  fakeBrowser.i18n.getMessage = fakeGetMessage(locale) as typeof fakeBrowser.i18n.getMessage;
}

// Units and rounding as date-fns' formatDistanceStrict (roundingMethod: 'floor') chose them.
describe('relativeTime (English)', () => {
  it.each([
    [0, 'just now'],
    [59_000, 'just now'],
    [-30_000, 'just now'],
    [MIN, '1 minute ago'],
    [5 * MIN + 40_000, '5 minutes ago'],
    [59 * MIN, '59 minutes ago'],
    [HOUR, '1 hour ago'],
    [3 * HOUR + 59 * MIN, '3 hours ago'],
    [23 * HOUR + 59 * MIN, '23 hours ago'],
    [DAY, '1 day ago'],
    [2 * DAY, '2 days ago'],
    [29 * DAY, '29 days ago'],
    [30 * DAY, '1 month ago'],
    [11 * 30 * DAY, '11 months ago'],
    [362 * DAY, '1 year ago'],
    [2 * YEAR, '2 years ago'],
    [-2 * DAY, 'in 2 days'],
    [-5 * MIN, 'in 5 minutes'],
  ])('%d ms ago → %s', (ago, expected) => {
    expect(relativeTime(NOW - ago, NOW)).toBe(expected);
  });
});

// The words users saw from date-fns' locales, now from our own message tables: Polish has
// three forms for whole numbers, Hebrew a dual and words for yesterday and tomorrow.
const BY_LOCALE: [locale: string, table: [ago: number, expected: string][]][] = [
  [
    'pl',
    [
      [MIN, 'minutę temu'],
      [2 * MIN, '2 minuty temu'],
      [5 * MIN, '5 minut temu'],
      [22 * MIN, '22 minuty temu'],
      [HOUR, 'godzinę temu'],
      [3 * HOUR, '3 godziny temu'],
      [12 * HOUR, '12 godzin temu'],
      [DAY, 'dzień temu'],
      [2 * DAY, '2 dni temu'],
      [60 * DAY, '2 miesiące temu'],
      [150 * DAY, '5 miesięcy temu'],
      [YEAR, 'rok temu'],
      [3 * YEAR, '3 lata temu'],
      [5 * YEAR, '5 lat temu'],
      [-MIN, 'za minutę'],
      [-DAY, 'za 1 dzień'],
      [-5 * DAY, 'za 5 dni'],
    ],
  ],
  [
    'he',
    [
      [MIN, 'לפני דקה'],
      [2 * MIN, 'לפני שתי דקות'],
      [5 * MIN, 'לפני 5 דקות'],
      [HOUR, 'לפני שעה'],
      [2 * HOUR, 'לפני שעתיים'],
      [3 * HOUR, 'לפני 3 שעות'],
      [DAY, 'אתמול'],
      [2 * DAY, 'שלשום'],
      [5 * DAY, 'לפני 5 ימים'],
      [30 * DAY, 'לפני חודש'],
      [60 * DAY, 'לפני חודשיים'],
      [2 * YEAR, 'לפני שנתיים'],
      [-DAY, 'מחר'],
      [-2 * DAY, 'מחרתיים'],
      [-3 * HOUR, 'בעוד 3 שעות'],
    ],
  ],
  [
    'nb',
    [
      [MIN, 'ett minutt siden'],
      [3 * HOUR, '3 timer siden'],
      [DAY, 'en dag siden'],
      [2 * DAY, '2 dager siden'],
      [YEAR, 'ett år siden'],
      [-2 * DAY, 'om 2 dager'],
    ],
  ],
  [
    'nl',
    [
      [MIN, 'een minuut geleden'],
      [3 * HOUR, '3 uur geleden'],
      [DAY, '1 dag geleden'],
      [2 * DAY, '2 dagen geleden'],
      [60 * DAY, '2 maanden geleden'],
      [-2 * DAY, 'over 2 dagen'],
    ],
  ],
];

describe.each(BY_LOCALE)('relativeTime in %s', (locale, table) => {
  it.each(table)('%d ms ago → %s', (ago, expected) => {
    useLocale(locale);
    expect(relativeTime(NOW - ago, NOW)).toBe(expected);
  });
});

describe('timeAgo', () => {
  it.each([
    ['en', 10_000, 'less than a minute ago'],
    ['en', 2 * DAY, '2 days ago'],
    ['pl', 10_000, 'niecałą minutę temu'],
    ['pl', 2 * DAY, '2 dni temu'],
    ['he', 2 * DAY, 'שלשום'],
  ])('%s, %d ms → %s', (locale, ago, expected) => {
    useLocale(locale);
    expect(timeAgo(NOW - ago, NOW)).toBe(expected);
  });
});

describe('ageOf', () => {
  it.each([
    ['en', 10_000, 'less than a minute'],
    ['en', 5 * MIN, '5 minutes'],
    ['en', HOUR, '1 hour'],
    ['en', 2 * DAY + 3 * HOUR, '2 days'],
    ['pl', MIN, 'minuta'],
    ['pl', 2 * DAY, '2 dni'],
    ['pl', 5 * HOUR, '5 godzin'],
    ['he', 2 * HOUR, 'שעתיים'],
    ['he', DAY, 'יום'],
    ['he', 4 * DAY, '4 ימים'],
    ['nb', 2 * DAY, '2 dager'],
    ['nl', HOUR, '1 uur'],
  ])('%s, %d ms → %s', (locale, ago, expected) => {
    useLocale(locale);
    expect(ageOf(NOW - ago, NOW)).toBe(expected);
  });
});
