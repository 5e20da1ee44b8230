// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanText, decodeEntities, htmlToPlainText } from '@/shared/feed/plain-text';

describe('htmlToPlainText', () => {
  it.each([
    ['inline tags vanish', '<p>We <b>shipped</b> <a href="https://x.example">it</a>.</p>', 'We shipped it.'],
    [
      'block tags become line breaks',
      '<h1>Title</h1><p>One</p><p>Two<br>Three</p>',
      'Title\n\nOne\n\nTwo\nThree',
    ],
    ['list items become bullets', '<ul><li>A</li><li>B</li></ul>', '• A\n\n• B'],
    [
      'script and style content is removed',
      'a<script>alert("x")</script>b<style>p{color:red}</style>c',
      'abc',
    ],
    ['an unclosed script hides the rest', 'keep<script>var x = "<p>gone</p>"', 'keep'],
    ['comments are removed', 'a<!-- <b>hidden</b> -->b', 'ab'],
    ['quoted > inside attributes does not end a tag', '<img alt="a > b" src="x.png">after', 'after'],
    ['a lone < is text', '2 < 3 and 5 > 4', '2 < 3 and 5 > 4'],
    [
      'entities are decoded once, after tags are gone',
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;',
      '<script>alert(1)</script> &amp;',
    ],
    ['numeric entities', '&#72;&#x69; &#x1F600; &#0; &#xD800;', 'Hi 😀 \uFFFD \uFFFD'],
    ['unknown named entities stay', '&bogus; &nbsp;x', '&bogus; x'],
    ['whitespace collapses, at most one empty line', '  a \n\n\n\n  b\t\tc  ', 'a\n\nb c'],
    ['CDATA content is kept as text', '<![CDATA[x < y]]>', 'x < y'],
    ['uppercase tags', '<P>A</P><SCRIPT>bad()</SCRIPT>', 'A'],
  ])('%s', (_name, html, text) => {
    expect(htmlToPlainText(html)).toBe(text);
  });

  it('is linear enough for 100,000 characters of markup', () => {
    const html = '<p>word</p>'.repeat(10_000);
    expect(htmlToPlainText(html).split('\n\n')).toHaveLength(10_000);
  });
});

describe('decodeEntities', () => {
  it('ignores inherited names such as constructor', () => {
    expect(decodeEntities('&constructor; &toString;')).toBe('&constructor; &toString;');
  });
});

describe('cleanText', () => {
  it('removes bidi controls and zero-width spaces, keeps joiners, trims, empties to undefined', () => {
    expect(cleanText(' a\u202Eb\u2066c\u2069\u200Bd\uFEFF ')).toBe('abcd');
    expect(cleanText('👩\u200D💻')).toBe('👩\u200D💻');
    expect(cleanText(' \u200B ')).toBeUndefined();
    expect(cleanText(undefined)).toBeUndefined();
  });
});
