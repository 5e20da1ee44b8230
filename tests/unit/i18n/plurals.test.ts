import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { relativeTime } from '@/shared/dates';
import { t, textDirection, tn, uiLocale } from '@/shared/i18n';
import { fakeGetMessage } from '../../support/locale-messages';

function useLocale(locale: string) {
  fakeBrowser.i18n.getMessage = fakeGetMessage(locale) as typeof fakeBrowser.i18n.getMessage;
}

describe('tn: plurals by CLDR category', () => {
  beforeEach(() => useLocale('en'));

  it.each([
    [0, 'Imported 0 entries.'],
    [1, 'Imported 1 entry.'],
    [2, 'Imported 2 entries.'],
  ])('English %i → %s', (n, text) => {
    expect(tn('data.imported', n)).toBe(text);
  });

  it.each([
    [1, 'Zaimportowano 1 wpis.'],
    [2, 'Zaimportowano 2 wpisy.'],
    [4, 'Zaimportowano 4 wpisy.'],
    [5, 'Zaimportowano 5 wpisów.'],
    [12, 'Zaimportowano 12 wpisów.'],
    [22, 'Zaimportowano 22 wpisy.'],
    [25, 'Zaimportowano 25 wpisów.'],
    [0, 'Zaimportowano 0 wpisów.'],
    [1.5, 'Zaimportowano 1,5 wpisu.'],
  ])('Polish %d → %s', (n, text) => {
    useLocale('pl');
    expect(tn('data.imported', n)).toBe(text);
  });

  it.each([
    [1, 'יובאה רשומה אחת.'],
    [2, 'יובאו שתי רשומות.'],
    [3, 'יובאו 3 רשומות.'],
    [20, 'יובאו 20 רשומות.'],
  ])('Hebrew %i → %s', (n, text) => {
    useLocale('he');
    expect(tn('data.imported', n)).toBe(text);
  });

  it('keeps extra named substitutions', () => {
    useLocale('pl');
    expect(tn('data.importedKept', 3, { kept: 2 })).toBe(
      'Zaimportowano 3 wpisy; 2 już obecne w historii pozostawiono bez zmian.',
    );
  });
});

describe('locale, direction and dates follow the messages in use', () => {
  it.each([
    ['en', 'ltr', '3 hours ago'],
    ['pl', 'ltr', '3 godziny temu'],
    ['nb', 'ltr', '3 timer siden'],
    ['nl', 'ltr', '3 uur geleden'],
    ['he', 'rtl', 'לפני 3 שעות'],
  ])('%s', (locale, dir, ago) => {
    useLocale(locale);
    expect(uiLocale()).toBe(locale);
    expect(textDirection()).toBe(dir);
    expect(relativeTime(0, 3 * 3_600_000 + 5)).toBe(ago);
    expect(t('extName')).toBe('Ownvoice');
  });
});
