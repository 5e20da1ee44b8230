import { describe, expect, it } from 'vitest';
import { organizerEmail } from '@/entrypoints/history/organizer-email';
import { meta } from '../fixtures/records';

// Issue 21, item 9: one organizer named by the feeds → their address; none or several → none.
describe('organizerEmail', () => {
  const withContact = (contact?: string) => ({ meta: meta('Feed', contact ? { contact } : {}) });
  it.each([
    [[], undefined],
    [[withContact()], undefined],
    [[withContact('news@acme.example'), withContact()], 'news@acme.example'],
    [[withContact('news@acme.example'), withContact('news@acme.example')], 'news@acme.example'],
    [[withContact('news@acme.example'), withContact('hr@acme.example')], undefined],
    [[{ meta: null }], undefined],
  ])('%o → %s', (feeds, email) => {
    expect(organizerEmail(feeds)).toBe(email);
  });
});
