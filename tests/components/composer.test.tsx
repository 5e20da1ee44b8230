import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Composer, type ComposerProps } from '@/components/composer/composer';
import type { Guidelines } from '@/shared/feed/types';
import { allNetworks } from '@/shared/share/network-rules';
import { itemRecord } from '../fixtures/records';

const GUIDELINES: Guidelines = {
  blockedTerms: ['confidential'],
  cautionTerms: ['revenue'],
  disclosure: { text: '#AcmeEmployee', required: true },
  minOwnWords: 0,
  notes: 'Speak for yourself.',
};

const SUGGESTION = 'Offline mode is live: boards, forms and checklists now work without a connection.';

function setup(overrides: Partial<ComposerProps> = {}) {
  const onShare = vi.fn<ComposerProps['onShare']>(async () => ({ ok: true, message: 'LinkedIn opened.' }));
  const onDraftChange = vi.fn();
  const props: ComposerProps = {
    item: itemRecord('a', {
      title: 'We shipped offline mode',
      url: 'https://acme.example/blog/offline',
      prompts: ['What part did you build?'],
      suggestions: [{ text: SUGGESTION, network: 'any' }],
      hashtags: ['#offline'],
    }),
    guidelines: GUIDELINES,
    utm: {},
    sourceName: 'Acme',
    initialDraft: null,
    voice: { signOff: '— Ana', favoriteHashtags: ['#rust'], mastodonInstance: '' },
    sharedCount: 0,
    networks: allNetworks(),
    onDraftChange,
    onDiscard: vi.fn(),
    onShare,
    ...overrides,
  };
  render(<Composer {...props} />);
  const editor = screen.getByRole('textbox', { name: /Your post/ });
  return { props, onShare, onDraftChange, editor, user: userEvent.setup() };
}

const shareButton = () => screen.getByRole('button', { name: 'Open in LinkedIn' });

describe('Composer', () => {
  it('starts empty, with the prompts and the suggestions as reference', () => {
    const { editor } = setup();
    expect(editor).toHaveValue('');
    expect(screen.getByText('What part did you build?')).toBeInTheDocument();
    expect(screen.getByText(SUGGESTION)).toBeInTheDocument();
    expect(shareButton()).toBeDisabled();
    expect(screen.getByText('Write your post first.')).toBeInTheDocument();
  });

  it('starts from the saved draft', () => {
    const { editor } = setup({ initialDraft: { text: 'Half a sent', appendLink: false, tagLink: true } });
    expect(editor).toHaveValue('Half a sent');
    expect(screen.getByRole('checkbox', { name: /Add the link/ })).not.toBeChecked();
  });

  it('"Start from this" copies a suggestion into the editor and reports the draft', async () => {
    const { editor, user, onDraftChange } = setup();
    await user.click(screen.getByRole('button', { name: 'Start from this' }));
    expect(editor).toHaveValue(SUGGESTION);
    expect(onDraftChange).toHaveBeenLastCalledWith({ text: SUGGESTION, appendLink: true, tagLink: true });
    // Copied word for word: the meter says so.
    await waitFor(() => expect(screen.getByText(/Mostly copied/)).toBeInTheDocument());
  });

  it('holds sharing on a blocked term and points at each occurrence', async () => {
    const { editor, user } = setup();
    await user.type(editor, 'Confidential stuff, truly CONFIDENTIAL. #AcmeEmployee');
    await waitFor(() => expect(screen.getByText(/"confidential" is not allowed/)).toBeInTheDocument());
    expect(shareButton()).toBeDisabled();
    const show = screen.getAllByRole('button', { name: /Show "confidential"/ });
    expect(show).toHaveLength(2);
    await user.click(show[1]!);
    expect((editor as HTMLTextAreaElement).selectionStart).toBe(26);
    expect((editor as HTMLTextAreaElement).selectionEnd).toBe(38);
  });

  it('adds the required disclosure in one click, which unblocks sharing', async () => {
    const { editor, user } = setup();
    await user.type(
      editor,
      'I built the conflict resolution for this and it was the hardest thing I did all year.',
    );
    expect(shareButton()).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Add #AcmeEmployee' }));
    expect((editor as HTMLTextAreaElement).value).toMatch(/#AcmeEmployee$/);
    await waitFor(() => expect(shareButton()).toBeEnabled());
  });

  it('waits for the minimum of own words and says so in plain words', async () => {
    const { editor, user } = setup({
      guidelines: { ...GUIDELINES, disclosure: undefined, minOwnWords: 0.5 },
    });
    await user.click(screen.getByRole('button', { name: 'Start from this' }));
    await waitFor(() =>
      expect(screen.getByText(/at least 50% of a post is in your own words/)).toBeInTheDocument(),
    );
    expect(shareButton()).toBeDisabled();
    await user.clear(editor);
    await user.type(
      editor,
      'Riding the tram to work I can finally edit my checklists underground. I helped test it.',
    );
    await waitFor(() => expect(shareButton()).toBeEnabled());
  });

  it('hands the page a LinkedIn share with the tagged link and the own-words ratio', async () => {
    const { editor, user, onShare } = setup({ guidelines: { ...GUIDELINES, disclosure: undefined } });
    await user.type(editor, 'Proud of the team & this launch');
    await user.click(shareButton());
    const request = onShare.mock.calls[0]![0];
    expect(request.channel).toBe('linkedin');
    expect(request.text).toBe(
      'Proud of the team & this launch\nhttps://acme.example/blog/offline?utm_source=linkedin&utm_medium=employee_share',
    );
    expect(request.ownWords).toBeGreaterThan(0.9);
    const url = new URL(request.intent!.url);
    expect(url.searchParams.get('text')).toBe(request.text);
    expect(await screen.findByText('LinkedIn opened.')).toBeInTheDocument();
  });

  // Issue 21, item 2: sharing once keeps the post, for a second network or a copy.
  it('keeps the post after a share, says where it went, and clears that mark on the next edit', async () => {
    const { editor, user, onDraftChange } = setup();
    await user.type(editor, 'Proud of the team #AcmeEmployee');
    await user.click(shareButton());
    expect(await screen.findByText('LinkedIn opened.')).toBeInTheDocument();
    expect(editor).toHaveValue('Proud of the team #AcmeEmployee');
    const went = screen.getByRole('list', { name: 'Where this post has gone' });
    expect(went).toHaveTextContent('Opened in LinkedIn');
    expect(screen.queryByText('Write your post first.')).toBeNull();
    expect(screen.queryByText(/Add #AcmeEmployee/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy text' })).toBeEnabled();
    expect(shareButton()).toBeEnabled();
    // Saved with the mark, so a popup that closed as the network's tab opened shows it again.
    expect(onDraftChange).toHaveBeenLastCalledWith(expect.objectContaining({ sharedTo: ['linkedin'] }));
    await user.type(editor, '!');
    expect(screen.queryByRole('list', { name: 'Where this post has gone' })).toBeNull();
    expect(onDraftChange).toHaveBeenLastCalledWith(expect.objectContaining({ sharedTo: undefined }));
  });

  it('takes the mark back when the share did not happen', async () => {
    const { editor, user } = setup({
      onShare: vi.fn(async () => ({ ok: false as const, reason: 'The share page did not open.' })),
    });
    await user.type(editor, 'Proud of the team #AcmeEmployee');
    await user.click(shareButton());
    expect(await screen.findByText('The share page did not open.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Where this post has gone' })).toBeNull();
  });

  it('can undo "Discard draft"', async () => {
    const { editor, user, props, onDraftChange } = setup({
      initialDraft: { text: 'Worth keeping #AcmeEmployee', appendLink: true, tagLink: true, sharedTo: ['x'] },
    });
    expect(screen.getByRole('list', { name: 'Where this post has gone' })).toHaveTextContent('Opened in X');
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(editor).toHaveValue('');
    expect(props.onDiscard).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(editor).toHaveValue('Worth keeping #AcmeEmployee');
    expect(onDraftChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ text: 'Worth keeping #AcmeEmployee' }),
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('offers only the networks the item is meant for, plus Copy text', () => {
    setup({ item: itemRecord('a', { title: 'LinkedIn only', networks: ['linkedin'] }) });
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toContain('Open in LinkedIn');
    expect(buttons).toContain('Copy text');
    expect(buttons).not.toContain('X');
    expect(buttons).not.toContain('Mastodon');
  });

  it('disables a network the post is too long for', async () => {
    const { editor, user } = setup({ guidelines: { ...GUIDELINES, disclosure: undefined } });
    await user.click(editor);
    await user.paste('word '.repeat(70));
    await waitFor(() => expect(screen.getByRole('button', { name: 'X' })).toBeDisabled());
    expect(shareButton()).toBeEnabled();
  });

  it('inserts hashtags and the sign-off where the caret is', async () => {
    const { editor, user } = setup();
    await user.type(editor, 'Shipped it');
    await user.click(screen.getByRole('button', { name: '#offline' }));
    await user.click(screen.getByRole('button', { name: '+ Your sign-off' }));
    expect(editor).toHaveValue('Shipped it #offline — Ana');
    expect(screen.getByRole('button', { name: '#offline' })).toBeDisabled();
  });

  it('asks for a Mastodon server before sharing there', async () => {
    const { editor, user, onShare } = setup({ guidelines: { ...GUIDELINES, disclosure: undefined } });
    await user.type(editor, 'My own words here');
    await user.click(screen.getByRole('button', { name: 'Mastodon' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Mastodon server/);
    expect(onShare).not.toHaveBeenCalled();
  });
});
