// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { finalPostText, mastodonOrigin, shareIntentUrl, shareTargetsFor } from '@/shared/share/intents';

const LINK = 'https://acme.example/blog/launch?utm_source=linkedin&utm_medium=employee_share';
const TEXT = 'Q&A at 5 #launch 🎉\nשלום, zażółć';
const ENCODED =
  'Q%26A%20at%205%20%23launch%20%F0%9F%8E%89%0A%D7%A9%D7%9C%D7%95%D7%9D%2C%20za%C5%BC%C3%B3%C5%82%C4%87';

describe('finalPostText', () => {
  it.each([
    [
      'appends the link on its own line',
      { text: 'Proud!  ', link: LINK, appendLink: true },
      `Proud!\n${LINK}`,
    ],
    ['not when switched off', { text: 'Proud!', link: LINK, appendLink: false }, 'Proud!'],
    ['not without a link', { text: 'Proud!', appendLink: true }, 'Proud!'],
    ['not twice', { text: `Proud! ${LINK}`, link: LINK, appendLink: true }, `Proud! ${LINK}`],
    [
      'not when the text has the untagged link',
      { text: 'Read https://acme.example/blog/launch/ now', link: LINK, appendLink: true },
      'Read https://acme.example/blog/launch/ now',
    ],
    [
      'a different page of the same site is another link',
      { text: 'See https://acme.example/blog/launch-2', link: LINK, appendLink: true },
      `See https://acme.example/blog/launch-2\n${LINK}`,
    ],
    ['an empty text becomes the link', { text: ' ', link: LINK, appendLink: true }, LINK],
  ])('%s', (_name, parts, expected) => {
    expect(finalPostText(parts)).toBe(expected);
  });
});

describe('shareTargetsFor', () => {
  it.each([
    [[], ['linkedin', 'x', 'facebook', 'bluesky', 'mastodon']],
    [
      ['mastodon', 'linkedin'],
      ['linkedin', 'mastodon'],
    ],
    [['x', 'x'], ['x']],
  ] as const)('%j → %j', (networks, expected) => {
    expect(shareTargetsFor([...networks])).toEqual(expected);
  });
});

describe('shareIntentUrl', () => {
  it.each([
    ['linkedin', `https://www.linkedin.com/feed/?shareActive=true&text=${ENCODED}`],
    ['x', `https://x.com/intent/post?text=${ENCODED}`],
    ['bluesky', `https://bsky.app/intent/compose?text=${ENCODED}`],
  ] as const)('%s prefills the text', (network, url) => {
    expect(shareIntentUrl(network, { text: TEXT, link: LINK })).toEqual({ url, copyFirst: false });
  });

  it('encodes a ZWJ emoji and replaces a lone surrogate instead of throwing', () => {
    const result = shareIntentUrl('x', { text: '👨‍👩‍👧 \uD83D' });
    expect(result).toEqual({
      url: 'https://x.com/intent/post?text=%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7%20%EF%BF%BD',
      copyFirst: false,
    });
  });

  it('shares only the link on Facebook, so the text is copied first', () => {
    expect(shareIntentUrl('facebook', { text: TEXT, link: LINK })).toEqual({
      url: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(LINK)}`,
      copyFirst: true,
    });
    expect(shareIntentUrl('facebook', { text: TEXT })).toEqual({
      error: 'Facebook needs a link to share; copy the text and post it yourself',
    });
    expect(shareIntentUrl('facebook', { text: TEXT, link: 'javascript:alert(1)' })).toHaveProperty('error');
  });

  it.each([
    ['mastodon.social', 'https://mastodon.social'],
    ['  Mastodon.Social  ', 'https://mastodon.social'],
    ['https://fosstodon.org', 'https://fosstodon.org'],
    ['https://fosstodon.org/', 'https://fosstodon.org'],
    ['http://fosstodon.org/@someone', 'https://fosstodon.org'],
    ['@me@hachyderm.io', 'https://hachyderm.io'],
    ['me@hachyderm.io', 'https://hachyderm.io'],
    ['social.bücher.example', 'https://social.xn--bcher-kva.example'],
  ])('Mastodon server %j → %s', (instance, origin) => {
    expect(shareIntentUrl('mastodon', { text: TEXT, mastodonInstance: instance })).toEqual({
      url: `${origin}/share?text=${ENCODED}`,
      copyFirst: false,
    });
  });

  it.each([undefined, '', '   '])('asks for the Mastodon server when it is %j', (instance) => {
    expect(shareIntentUrl('mastodon', { text: TEXT, mastodonInstance: instance })).toEqual({
      error: 'Set your Mastodon server in Settings',
    });
  });

  it.each([
    'localhost',
    'mastodon.social:8443',
    'https://user:pw@mastodon.social',
    '127.0.0.1',
    'exa mple.org',
    'javascript:alert(1)',
    'bad_host.org',
    '-x.org',
  ])('refuses %j as a Mastodon server', (instance) => {
    const result = mastodonOrigin(instance);
    expect(result).toEqual({
      error: `"${instance}" is not a Mastodon server address; use one like mastodon.social`,
    });
  });
});
