import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ItemDetail } from '@/components/item-detail';
import { itemRecord, NOW, HOUR } from '../fixtures/records';

const XSS = '<img src=x onerror=alert(1)>';

describe('ItemDetail', () => {
  it('renders feed text as text, never as HTML', () => {
    const { container } = render(
      <ItemDetail
        item={itemRecord('1', {
          title: `Launch ${XSS}`,
          summary: `<b>bold</b> summary`,
          contentText: `First line\n<script>alert(1)</script>\nThird line`,
          prompts: [`<a href="javascript:alert(1)">Why?</a>`],
        })}
        sourceName={`Acme ${XSS}`}
        now={NOW}
        onBack={() => {}}
        loadImage={null}
      />,
    );
    expect(screen.getByRole('heading', { name: `Launch ${XSS}` })).toBeInTheDocument();
    expect(screen.getByText('<b>bold</b> summary')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(0);
    // Line breaks are kept in the text (CSS pre-wrap shows them).
    expect(container.querySelector('.detail-content')?.textContent).toBe(
      'First line\n<script>alert(1)</script>\nThird line',
    );
  });

  it.each([
    ['https://acme.example/post', true],
    ['http://acme.example/post', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
  ])('links %s only when http(s): %s', (url, linked) => {
    render(
      <ItemDetail
        item={itemRecord('1', { url })}
        sourceName="Acme"
        now={NOW}
        onBack={() => {}}
        loadImage={null}
      />,
    );
    const link = screen.queryByRole('link', { name: 'Open article' });
    if (!linked) {
      expect(link).toBeNull();
      return;
    }
    expect(link).toHaveAttribute('href', url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows the date, source, tags and what follows it (the composer)', () => {
    render(
      <ItemDetail
        item={itemRecord('1', {
          datePublished: NOW - 3 * HOUR,
          tags: ['product'],
        })}
        sourceName="Acme"
        feedName="Acme — news to share"
        now={NOW}
        onBack={() => {}}
        loadImage={null}
      >
        <p>composer here</p>
      </ItemDetail>,
    );
    expect(screen.getByText('composer here')).toBeInTheDocument();
    expect(screen.getByText('3 hours ago')).toBeInTheDocument();
    expect(screen.getByText(/Acme — news to share/)).toBeInTheDocument();
    expect(screen.getByText('product')).toBeInTheDocument();
  });

  it('goes back with the button or Esc', async () => {
    const onBack = vi.fn();
    render(
      <ItemDetail item={itemRecord('1')} sourceName="Acme" now={NOW} onBack={onBack} loadImage={null} />,
    );
    await userEvent.click(screen.getByRole('button', { name: /Back/ }));
    await userEvent.keyboard('{Escape}');
    expect(onBack).toHaveBeenCalledTimes(2);
  });
});
