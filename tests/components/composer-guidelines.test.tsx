import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Composer, type ComposerProps } from '@/components/composer/composer';
import { parseFeed } from '@/shared/feed/parse';
import type { Guidelines } from '@/shared/feed/types';
import { allNetworks } from '@/shared/share/network-rules';
import { itemRecord } from '../fixtures/records';

const BASE: Guidelines = { blockedTerms: [], cautionTerms: [], minOwnWords: 0 };
const INCOMPLETE =
  "Some of Acme's guidelines could not be read, so they are not checked here. Ask your organizer if in doubt.";

function renderComposer(guidelines: Guidelines) {
  const props: ComposerProps = {
    item: itemRecord('a', { title: 'We shipped offline mode', url: 'https://acme.example/blog/offline' }),
    guidelines,
    utm: {},
    sourceName: 'Acme',
    initialDraft: null,
    voice: { signOff: '', favoriteHashtags: [], mastodonInstance: '' },
    sharedCount: 0,
    networks: allNetworks(),
    onDraftChange: vi.fn(),
    onDiscard: vi.fn(),
    onShare: vi.fn<ComposerProps['onShare']>(async () => ({ ok: true, message: 'LinkedIn opened.' })),
  };
  render(<Composer {...props} />);
  return screen.getByRole('region', { name: "Acme's guidelines" });
}

/** The guidelines as the reader stores them, from a feed's `_ownvoice.guidelines`. */
function readGuidelines(guidelines: unknown): Guidelines {
  const result = parseFeed({
    version: 'http://jsonfeed.org/version/1',
    title: 'Acme',
    _ownvoice: { organization: 'Acme', guidelines },
    items: [{ id: 'a', title: 'T' }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.feed.meta.guidelines;
}

describe('Composer guidelines area', () => {
  it('shows each note of a list as its own entry', () => {
    const area = renderComposer(readGuidelines({ notes: ['Speak for yourself.', 'Never name customers.'] }));
    const notes = within(area)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(notes.slice(0, 2)).toEqual(['Speak for yourself.', 'Never name customers.']);
    expect(within(area).queryByText(INCOMPLETE)).not.toBeInTheDocument();
  });

  it('shows a note stored as one text by an earlier version as it was', () => {
    const area = renderComposer({ ...BASE, notes: 'Speak for yourself.' });
    expect(within(area).getByText('Speak for yourself.')).toBeInTheDocument();
    expect(within(area).queryAllByRole('listitem')).toHaveLength(0);
  });

  it.each([
    ['a blocked term that is not text', { blocked_terms: ['confidential', 7] }],
    ['a malformed disclosure', { disclosure: { text: '' } }],
    ['a policy link that is not http(s)', { url: 'javascript:alert(1)' }],
    ['guidelines that are not an object', 'be nice'],
  ])('says that some guidelines could not be read after %s', (_name, guidelines) => {
    const area = renderComposer(readGuidelines(guidelines));
    expect(within(area).getByRole('note')).toHaveTextContent(INCOMPLETE);
  });

  it('says nothing when only a note was cut to length', () => {
    const area = renderComposer(readGuidelines({ notes: 'x'.repeat(6000) }));
    expect(within(area).queryByRole('note')).not.toBeInTheDocument();
  });
});
