import { describe, expect, it } from 'vitest';
import { problem, verbatim } from '@/shared/feed/problems';
import { saidProblem } from '@/shared/feed/said';

// Issue 21, item 4: what happened and what to do; the engineer's words only as the detail.
describe('saidProblem', () => {
  it.each([
    [
      problem('fetch.unreachable', { host: '127.0.0.1:47414', detail: verbatim('Failed to fetch') }),
      /^Couldn't reach 127\.0\.0\.1:47414\. Check that you are online/,
      "Couldn't reach 127.0.0.1:47414: Failed to fetch",
    ],
    [
      problem('fetch.http', { status: 404, phrase: 'Not Found' }),
      /^There is no feed at this address/,
      'HTTP 404 Not Found',
    ],
    [
      problem('fetch.http', { status: 403, phrase: 'Forbidden' }),
      /would not send the feed/,
      'HTTP 403 Forbidden',
    ],
    [problem('fetch.http', { status: 503, phrase: '' }), /has a problem right now/, 'HTTP 503'],
    [problem('fetch.http', { status: 418, phrase: '' }), /answered with an error/, 'HTTP 418'],
    [problem('fetch.timeout', { count: 15 }), /took too long/, 'The feed did not answer within 15 seconds'],
    [
      problem('doc.html'),
      /does not hold a feed Ownvoice can read/,
      'The document is HTML, not a JSON feed (is the URL right?)',
    ],
    [
      problem('subscribe.failed', { reason: problem('fetch.http', { status: 404, phrase: 'Not Found' }) }),
      /^Couldn't add this feed\. There is no feed at this address/,
      'HTTP 404 Not Found',
    ],
    [verbatim('TypeError: x is undefined'), /^Something went wrong/, 'TypeError: x is undefined'],
  ])('%o', (found, text, detail) => {
    const said = saidProblem(found);
    expect(said.text).toMatch(text);
    expect(said.text).not.toMatch(/HTTP|Failed to fetch|JSON/);
    expect(said.detail).toBe(detail);
  });

  it('keeps a sentence that is already plain words as it is, with nothing behind it', () => {
    expect(saidProblem(problem('subscribe.notAllowed'))).toEqual({
      text: 'Your organization sets which feeds Ownvoice shows.',
    });
  });
});
