import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FeedCheckReport } from '@/components/feed-check-report';
import { FeedStatusLine } from '@/components/feed-status-line';
import { StudioExport } from '@/components/studio/studio-export';
import { parseFeedText } from '@/shared/feed/parse';
import { problem, verbatim } from '@/shared/feed/problems';
import { DAY, NOW } from '../fixtures/records';
import { fakeGetMessage } from '../support/locale-messages';

// The background stores feed problems as codes; each page says them in the browser's language.

function speak(locale: string) {
  fakeBrowser.i18n.getMessage = fakeGetMessage(locale) as typeof fakeBrowser.i18n.getMessage;
}

describe('feed problems on the pages, in the employee’s language', () => {
  beforeEach(() => speak('en'));

  it('the popup and Settings status line (Polish)', () => {
    speak('pl');
    const error = problem('fetch.unreachable', {
      host: 'feeds.acme.example',
      detail: verbatim('Failed to fetch'),
    });
    render(<FeedStatusLine feed={{ source: 'user', lastSuccessAt: NOW - DAY, error }} now={NOW} />);
    expect(
      screen.getByText(
        /^Pokazuję kopię pobraną .*: ostatnie odświeżenie się nie udało\. Nie udało się połączyć z feeds\.acme\.example\. Sprawdź/,
      ),
    ).toBeInTheDocument();
    // The engineer's words stay, behind "Szczegóły" (Details).
    expect(screen.getByText('Szczegóły')).toBeInTheDocument();
    expect(
      screen.getByText('Nie udało się połączyć z feeds.acme.example: Failed to fetch'),
    ).toBeInTheDocument();
  });

  it('the check page: a skipped item and a rejected feed (Dutch)', () => {
    speak('nl');
    const usable = parseFeedText(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Acme',
        items: [
          { id: 'a', title: 'Hallo' },
          { id: 'a', title: 'Dubbel' },
        ],
      }),
    );
    const { unmount } = render(<FeedCheckReport source="feed.json" result={usable} now={NOW} />);
    expect(
      screen.getByText(
        'Item 2: Medewerkers zouden dit item niet zien: een eerder item heeft al de id "a"; id\'s moeten uniek zijn.',
      ),
    ).toBeInTheDocument();
    unmount();
    render(<FeedCheckReport source="feed.json" result={parseFeedText('<html></html>')} now={NOW} />);
    expect(screen.getByText('Het document is HTML, geen JSON-feed (klopt het adres?)')).toBeInTheDocument();
  });

  it('the studio’s export refusal (Hebrew)', () => {
    speak('he');
    const errors = [
      {
        path: 'title',
        ...problem('field.invalid', {
          path: 'title',
          value: problem('value.literal', { text: '""' }),
          rule: problem('rule.textRange', { max: 200 }),
        }),
      },
    ];
    render(
      <StudioExport
        errors={errors}
        unshown={0}
        toFix={[]}
        status={{ kind: 'idle' }}
        onDownload={() => {}}
        onCopy={() => {}}
      />,
    );
    // The studio names the field by its label, not its JSON path (issue 21, item 7).
    expect(screen.getByText('השדה כותרת הפיד ריק')).toBeInTheDocument();
  });
});
