import { describe, expect, it } from 'vitest';
import { postLength } from '@/shared/compose/network-limits';
import { NETWORKS } from '@/shared/feed/types';
import { shareIntentUrl } from '@/shared/share/intents';
import { allNetworks, LINKEDIN_ONLY } from '@/shared/share/network-rules';

const POSTS = [
  '',
  'Proud of the team 🎉 https://acme.example/blog/offline?utm_source=linkedin',
  'Zespół 👩‍👩‍👧 i ja: #offline',
  'צוות מעולה! www.acme.example',
  'x'.repeat(3001),
];

describe('network rules', () => {
  it('offer all five networks on extension pages, with the full rules', () => {
    const rules = allNetworks();
    expect(Object.keys(rules)).toEqual([...NETWORKS]);
    for (const network of NETWORKS) {
      for (const text of POSTS) {
        expect(rules[network]!.length(text)).toEqual(postLength(text, network));
        const input = { text, link: 'https://acme.example/a', mastodonInstance: 'mastodon.social' };
        expect(rules[network]!.intent(input)).toEqual(shareIntentUrl(network, input));
      }
    }
  });

  it.each(POSTS)('count and open LinkedIn in the overlay as everywhere else: %#', (text) => {
    expect(Object.keys(LINKEDIN_ONLY)).toEqual(['linkedin']);
    expect(LINKEDIN_ONLY.linkedin!.length(text)).toEqual(postLength(text, 'linkedin'));
    expect(LINKEDIN_ONLY.linkedin!.intent({ text })).toEqual(shareIntentUrl('linkedin', { text }));
  });
});
