import { describe, expect, it } from 'vitest';
import { parsePanelMessage } from '@/shared/linkedin/panel-protocol';

const about = { feedUrl: 'https://acme.example/feed.json', itemId: 'a', tags: [] };
const request = { channel: 'linkedin', text: 'My words', ownWords: 1 };

describe('what the page script accepts from the panel', () => {
  it.each([
    ['close', { type: 'panel/close' }],
    ['put', { type: 'panel/put', request, about }],
    [
      'put with the share URL',
      {
        type: 'panel/put',
        request: { ...request, intent: { url: 'https://www.linkedin.com/feed/?shareActive=true&text=x' } },
        about,
      },
    ],
  ])('accepts %s', (_, message) => {
    expect(parsePanelMessage(message)).toEqual(message);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'panel/close'],
    ['an unknown type', { type: 'panel/open' }],
    ['a put without its share', { type: 'panel/put', request }],
    [
      'a text over the limit',
      { type: 'panel/put', request: { ...request, text: 'x'.repeat(70_001) }, about },
    ],
    ['a text that is not text', { type: 'panel/put', request: { ...request, text: 42 }, about }],
    ['an intent without an address', { type: 'panel/put', request: { ...request, intent: {} }, about }],
    [
      'an intent that leaves LinkedIn',
      {
        type: 'panel/put',
        request: { ...request, intent: { url: 'javascript:void(document.domain)' } },
        about,
      },
    ],
    [
      'an intent to a look-alike host',
      {
        type: 'panel/put',
        request: { ...request, intent: { url: 'https://www.linkedin.com.evil.example/' } },
        about,
      },
    ],
    ['an item without tags', { type: 'panel/put', request, about: { feedUrl: 'f', itemId: 'a' } }],
  ])('refuses %s', (_, message) => {
    expect(parsePanelMessage(message)).toBeUndefined();
  });
});
