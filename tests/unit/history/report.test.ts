import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportMailto, reportText, type Report } from '@/shared/history/report';
import { fakeGetMessage } from '../../support/locale-messages';

function useLocale(locale: string) {
  fakeBrowser.i18n.getMessage = fakeGetMessage(locale) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => locale;
}

const report: Report = {
  period: { from: Date.parse('2026-11-01T00:00:00Z'), to: Date.parse('2026-11-30T23:59:59Z') },
  total: 1200,
  posted: 3,
  networks: [
    { name: 'LinkedIn', count: 1000 },
    { name: 'Bluesky', count: 200 },
  ],
  tags: [{ name: 'launch', count: 2 }],
  links: [
    { title: 'Offline mode', url: 'https://acme.example/offline', count: 2 },
    { title: 'Hiring', url: '', count: 1 },
  ],
};
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('reportText: the report in the language the UI is shown in', () => {
  beforeEach(() => useLocale('en'));

  it.each([
    [
      'en',
      [
        'My shares from 2026-11-01 to 2026-11-30',
        '',
        'Shares: 1,200 (3 marked as posted)',
        'Networks: LinkedIn 1,000, Bluesky 200',
        'Tags: launch 2',
        '',
        'Links:',
        '- Offline mode https://acme.example/offline (2×)',
        '- Hiring',
      ],
    ],
    [
      'pl',
      [
        'Moje udostępnienia od 2026-11-01 do 2026-11-30',
        '',
        'Udostępnienia: 1200 (oznaczone jako opublikowane: 3)',
        'Serwisy: LinkedIn 1000, Bluesky 200',
        'Tagi: launch 2',
        '',
        'Linki:',
        '- Offline mode https://acme.example/offline (2×)',
        '- Hiring',
      ],
    ],
    [
      'he',
      [
        'השיתופים שלי מ-2026-11-01 עד 2026-11-30',
        '',
        'שיתופים: 1,200 (סומנו כפורסמו: 3)',
        'רשתות: LinkedIn 1,000, Bluesky 200',
        'תגיות: launch 2',
        '',
        'קישורים:',
        '- Offline mode https://acme.example/offline (2×)',
        '- Hiring',
      ],
    ],
  ])('%s', (locale, lines) => {
    useLocale(locale);
    expect(reportText(report, day)).toBe(lines.join('\n') + '\n');
  });

  it('leaves out what the period does not have', () => {
    const empty: Report = { ...report, total: 0, posted: 0, networks: [], tags: [], links: [] };
    expect(reportText(empty, day)).toBe('My shares from 2026-11-01 to 2026-11-30\n\nShares: 0\n');
  });
});

describe('reportMailto', () => {
  it('names the mail and marks a shortened body in the UI language', () => {
    useLocale('nb');
    const href = reportMailto('x'.repeat(20), undefined, 10);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe('Mine delinger');
    expect(url.searchParams.get('body')).toBe(`${'x'.repeat(10)}\n…(forkortet; hele rapporten er kopiert)`);
  });

  it("writes to the organizer's address when the feed gives one", () => {
    useLocale('en');
    const href = reportMailto('Shares: 2\n', undefined, undefined, 'news@acme.example');
    expect(href).toMatch(/^mailto:news@acme\.example\?subject=/);
    expect(new URL(href).pathname).toBe('news@acme.example');
  });

  it('keeps a short body whole', () => {
    useLocale('en');
    const url = new URL(reportMailto('Shares: 2\n'));
    expect(url.searchParams.get('subject')).toBe('My shares');
    expect(url.searchParams.get('body')).toBe('Shares: 2\n');
  });
});
