import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PopupToolbar } from '@/components/popup-toolbar';

// Issue 21, item 6: icons from a maintained set (lucide-react) instead of the glyphs ↻ ☰ ⚙,
// each button named for screen readers and with a tooltip; the icon itself is hidden from them.
describe('PopupToolbar', () => {
  function setup(props: Partial<Parameters<typeof PopupToolbar>[0]> = {}) {
    const handlers = { onRefresh: vi.fn(), onHistory: vi.fn(), onSettings: vi.fn() };
    render(<PopupToolbar canRefresh refreshing={false} {...handlers} {...props} />);
    return handlers;
  }

  it.each([
    ['Refresh all feeds', 'onRefresh', 'lucide-refresh-cw'],
    ['My history', 'onHistory', 'lucide-rotate-ccw-clock'],
    ['Settings', 'onSettings', 'lucide-settings'],
  ] as const)('"%s" is an icon button with that name and tooltip', async (name, handler, iconClass) => {
    const handlers = setup();
    const button = screen.getByRole('button', { name });
    expect(button).toHaveAttribute('title', name);
    const svg = button.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(svg).toHaveClass(iconClass);
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    // Drawn in the text colour, so it follows the light and the dark theme.
    expect(svg).toHaveAttribute('stroke', 'currentColor');
    expect(button.textContent).not.toMatch(/[↻☰⚙]/);
    await userEvent.click(button);
    expect(handlers[handler]).toHaveBeenCalledOnce();
  });

  it('turns the refresh icon while refreshing and says so to screen readers', () => {
    setup({ refreshing: true });
    const button = screen.getByRole('button', { name: 'Refresh all feeds' });
    expect(button).toBeDisabled();
    expect(button.querySelector('svg')).toHaveClass('spin');
    expect(screen.getByText('Refreshing…')).toHaveClass('visually-hidden');
  });

  it('offers no refresh before there is a feed', () => {
    setup({ canRefresh: false });
    expect(screen.queryByRole('button', { name: 'Refresh all feeds' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Settings' })).toBeInTheDocument();
  });
});
