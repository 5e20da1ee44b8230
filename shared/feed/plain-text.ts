/**
 * Reduces HTML to plain text with string scanning only: it must run in a service worker, where
 * there is no DOMParser, and feed HTML must never be handed to an HTML parser that could run or
 * fetch anything. Tags are removed first and entities decoded last, so an encoded `&lt;script&gt;`
 * comes out as the literal text "<script>", never as markup.
 */

/** Elements whose content is not text a reader would see. */
// prettier-ignore
const HIDDEN_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'math', 'iframe', 'object']);

// prettier-ignore
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// prettier-ignore
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', copy: '©',
  reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', times: '×', divide: '÷',
  plusmn: '±', para: '¶', sect: '§', iexcl: '¡', iquest: '¿', shy: '', zwj: '\u200d', zwnj: '\u200c',
  hearts: '♥', larr: '←', rarr: '→', uarr: '↑', darr: '↓', frac12: '½', frac14: '¼', frac34: '¾',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é',
  egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', iacute: 'í', oacute: 'ó', uacute: 'ú',
  ccedil: 'ç', ntilde: 'ñ', Eacute: 'É', Ntilde: 'Ñ', oslash: 'ø', aring: 'å', aelig: 'æ',
};

/** Decodes `&name;`, `&#123;` and `&#x1F600;`; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-zA-Z][a-zA-Z0-9]{1,31});/g,
    (whole, ref: string) => {
      if (ref.startsWith('#')) {
        const hex = ref[1] === 'x' || ref[1] === 'X';
        const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
        const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
        return valid ? String.fromCodePoint(code) : '\uFFFD';
      }
      return Object.hasOwn(NAMED, ref) ? (NAMED[ref] ?? whole) : whole;
    },
  );
}

/** Index just past the `>` closing a tag that starts at `from`, honouring quoted attribute values. */
function endOfTag(html: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  return html.length;
}

function skipPast(html: string, from: number, marker: string): number {
  const at = html.indexOf(marker, from);
  return at === -1 ? html.length : at + marker.length;
}

/** Plain text from HTML: block elements become line breaks, hidden content is removed. */
export function htmlToPlainText(html: string): string {
  const out: string[] = [];
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      i = skipPast(html, lt + 4, '-->');
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt);
      out.push(html.slice(lt + 9, end === -1 ? html.length : end));
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      i = endOfTag(html, lt + 2);
      continue;
    }
    const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
    if (!match) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    i = endOfTag(html, lt + match[0].length);
    if (!closing && HIDDEN_CONTENT.has(name)) {
      // Everything up to the matching end tag is skipped; an unclosed one hides the rest.
      const end = lower.indexOf(`</${name}`, i);
      i = end === -1 ? html.length : endOfTag(html, end + name.length + 2);
      continue;
    }
    if (BLOCK.has(name)) out.push(name === 'li' && !closing ? '\n• ' : '\n');
    else if (name === 'img') out.push(' ');
  }
  return tidy(decodeEntities(out.join('')));
}

/** Collapses spaces within lines and keeps at most one empty line between paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Bidi overrides/isolates can make a title read differently from what it is (and would carry
 * into a post); zero-width space, word joiner and BOM hide differences between look-alike texts.
 * Zero-width (non-)joiners stay: emoji sequences and several scripts need them.
 */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g;

/** A feed string as the extension keeps it: invisible controls removed, trimmed; empty → undefined. */
export function cleanText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const cleaned = value.replace(INVISIBLE, '').trim();
  return cleaned === '' ? undefined : cleaned;
}

/** cleanText over a list, leaving out entries that end up empty. */
export function cleanList(values: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const value of values ?? []) {
    const cleaned = cleanText(value);
    if (cleaned !== undefined) out.push(cleaned);
  }
  return out;
}
