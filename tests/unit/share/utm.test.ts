// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { utmFor, withoutUtm, withUtm } from '@/shared/share/utm';

describe('withUtm', () => {
  it.each([
    [
      'a plain link',
      'https://acme.example/blog/launch',
      { source: 'linkedin' },
      'https://acme.example/blog/launch?utm_source=linkedin&utm_medium=employee_share',
    ],
    [
      'with medium and campaign',
      'https://acme.example/',
      { source: 'x', medium: 'social', campaign: 'launch-2026' },
      'https://acme.example/?utm_source=x&utm_medium=social&utm_campaign=launch-2026',
    ],
    [
      'keeps the existing query as written, and the fragment',
      'https://acme.example/p?lang=pl&q=a%20b+c#comments',
      { source: 'bluesky' },
      'https://acme.example/p?lang=pl&q=a%20b+c&utm_source=bluesky&utm_medium=employee_share#comments',
    ],
    [
      'replaces existing utm params in place, keeps ones it does not set',
      'https://acme.example/p?utm_source=newsletter&id=7&UTM_MEDIUM=email&utm_content=hero&utm_source=dup',
      { source: 'mastodon', campaign: 'autumn' },
      'https://acme.example/p?utm_source=mastodon&id=7&utm_medium=employee_share&utm_content=hero&utm_campaign=autumn',
    ],
    [
      'keeps the link’s own campaign when none is given',
      'https://acme.example/p?utm_campaign=spring',
      { source: 'x' },
      'https://acme.example/p?utm_campaign=spring&utm_source=x&utm_medium=employee_share',
    ],
    [
      'encodes values',
      'https://acme.example/p',
      { source: 'news & views', campaign: 'zażółć #1' },
      'https://acme.example/p?utm_source=news%20%26%20views&utm_medium=employee_share&utm_campaign=za%C5%BC%C3%B3%C5%82%C4%87%20%231',
    ],
    [
      'an empty query and fragment',
      'http://localhost:8080/?#',
      { source: 'x' },
      'http://localhost:8080/?utm_source=x&utm_medium=employee_share#',
    ],
    [
      'blank values count as absent',
      'https://a.example/',
      { source: 'x', medium: ' ', campaign: '' },
      'https://a.example/?utm_source=x&utm_medium=employee_share',
    ],
  ])('%s', (_name, url, params, expected) => {
    expect(withUtm(url, params)).toBe(expected);
  });

  it.each([
    'mailto:jobs@acme.example',
    'javascript:alert(1)',
    'ftp://acme.example/file',
    '/relative/path',
    'not a url',
    '',
  ])('leaves %j alone', (url) => {
    expect(withUtm(url, { source: 'x' })).toBe(url);
  });

  it('is stable when applied twice', () => {
    const once = withUtm('https://a.example/p?x=1#f', { source: 'x', campaign: 'c' });
    expect(withUtm(once, { source: 'x', campaign: 'c' })).toBe(once);
  });
});

describe('withoutUtm', () => {
  it('drops every utm param and keeps the rest', () => {
    expect(withoutUtm('https://a.example/p?utm_source=x&id=1&utm_term=y#f')).toBe(
      'https://a.example/p?id=1#f',
    );
    expect(withoutUtm('https://a.example/p?utm_source=x')).toBe('https://a.example/p');
  });
});

describe('utmFor', () => {
  it.each([
    ['defaults', 'linkedin', {}, undefined, { source: 'linkedin', medium: 'employee_share' }],
    [
      'feed values',
      'x',
      { source: 'ownvoice', medium: 'advocacy', campaign: 'autumn' },
      undefined,
      { source: 'ownvoice', medium: 'advocacy', campaign: 'autumn' },
    ],
    [
      'item campaign overrides the feed’s',
      'bluesky',
      { campaign: 'autumn' },
      'launch',
      { source: 'bluesky', medium: 'employee_share', campaign: 'launch' },
    ],
    [
      'blank feed values fall back',
      'mastodon',
      { source: ' ', campaign: '' },
      ' ',
      { source: 'mastodon', medium: 'employee_share' },
    ],
  ] as const)('%s', (_name, network, feedUtm, campaign, expected) => {
    expect(utmFor(network, feedUtm, campaign)).toEqual(expected);
  });
});
