import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PostCheck } from '@/components/post-check';
import { LinkedInLayoutSeen } from '@/components/linkedin-layout-seen';

const SHARE = { id: 's1', title: 'We shipped offline mode', channel: 'linkedin' as const, createdAt: 0 };

describe('PostCheck', () => {
  it.each([
    ['Yes', true],
    ['Not yet', false],
  ])('asks about the post and answers %s, then says it is noted', async (button, posted) => {
    const onAnswer = vi.fn(async () => undefined);
    render(<PostCheck share={SHARE} onAnswer={onAnswer} />);
    const region = screen.getByRole('region', { name: 'A question about an earlier post' });
    expect(region).toHaveTextContent('Did your post about “We shipped offline mode” on LinkedIn go out?');
    await userEvent.click(screen.getByRole('button', { name: button }));
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith(posted);
    expect(await screen.findByRole('status')).toHaveTextContent('Noted in My history.');
  });

  it('asks again when the answer could not be stored', async () => {
    const onAnswer = vi.fn(async () => Promise.reject(new Error('gone')));
    render(<PostCheck share={SHARE} onAnswer={onAnswer} />);
    await userEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByRole('button', { name: 'Yes' })).toBeEnabled();
    expect(screen.queryByText('Noted in My history.')).toBeNull();
  });
});

describe('LinkedInLayoutSeen', () => {
  it('says when nothing was put into LinkedIn yet', () => {
    render(<LinkedInLayoutSeen seen={null} />);
    expect(screen.getByRole('status')).toHaveTextContent("You haven't used “Put in LinkedIn post” yet.");
  });

  it.each([
    ['shadow-quill', /LinkedIn's 2026 post box/],
    ['unknown', /doesn't know, so your text was copied/],
    ['share-url', /LinkedIn's own share link opened one/],
  ] as const)('names the %s layout met last', (layout, text) => {
    render(<LinkedInLayoutSeen seen={{ layout, at: Date.parse('2026-12-01T10:00:00Z') }} />);
    expect(screen.getByRole('status')).toHaveTextContent(text);
  });
});
