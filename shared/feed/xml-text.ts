/**
 * Low-level XML text handling for RSS and Atom, by string scanning: the prolog (XML declaration,
 * comments, DOCTYPE) before the root element, and character data. fast-xml-parser runs with
 * entity processing off, so nothing is ever expanded from a DTD; the five predefined entities
 * and numeric character references are decoded here. Each reference is replaced by at most two
 * UTF-16 units and is never longer than the reference itself, so decoding cannot grow a text.
 */

export type XmlFeedKind = 'rss' | 'atom';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes `&amp; &lt; &gt; &quot; &apos;` and `&#…;` / `&#x…;` in one pass; other names stay as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return PREDEFINED[ref] ?? whole;
    const hex = ref[1] === 'x' || ref[1] === 'X';
    const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/**
 * Character data of raw element content: CDATA sections are taken as written, everything else
 * has its entities decoded. (Raw content comes from stop nodes; ordinary text nodes never
 * contain a literal `<`, so a decoded `&lt;![CDATA[` is never mistaken for a section.)
 */
export function characterData(raw: string): string {
  if (!raw.includes('<![CDATA[')) return decodeXmlEntities(raw);
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf('<![CDATA[', i);
    if (start === -1) {
      out += decodeXmlEntities(raw.slice(i));
      break;
    }
    out += decodeXmlEntities(raw.slice(i, start));
    const end = raw.indexOf(']]>', start + 9);
    out += raw.slice(start + 9, end === -1 ? raw.length : end);
    i = end === -1 ? raw.length : end + 3;
  }
  return out;
}

/** Index just past `marker` after `from`, or -1. */
function past(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? -1 : at + marker.length;
}

/** The DOCTYPE declaration starting at `from`: its end, and its internal subset if any. */
function readDoctype(text: string, from: number): { end: number; subset: string } | null {
  let quote: string | null = null;
  let subsetStart = -1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '[' && subsetStart === -1) {
      subsetStart = i + 1;
      // The internal subset ends at the first `]` outside quotes.
      for (let j = subsetStart; j < text.length; j++) {
        const c = text[j];
        if (quote) {
          if (c === quote) quote = null;
        } else if (c === '"' || c === "'") {
          quote = c;
        } else if (c === ']') {
          const close = text.indexOf('>', j);
          return close === -1 ? null : { end: close + 1, subset: text.slice(subsetStart, j) };
        }
      }
      return null;
    } else if (ch === '>') {
      return { end: i + 1, subset: '' };
    }
  }
  return null;
}

export interface Prolog {
  /** Name of the root element (`rss`, `feed`, `rdf:RDF`…), when one was found. */
  root?: string;
  /** The root element's start tag, e.g. `<rss version="2.0" …>`. */
  rootTag?: string;
  /** The DOCTYPE's internal subset declares entities (`<!ENTITY`), external or not. */
  declaresEntities: boolean;
}

/** Reads what comes before the root element: declaration, comments, processing instructions, DOCTYPE. */
export function readProlog(text: string): Prolog {
  let i = 0;
  let declaresEntities = false;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('<?', i)) i = past(text, i + 2, '?>');
    else if (text.startsWith('<!--', i)) i = past(text, i + 4, '-->');
    else if (/^<!DOCTYPE/i.test(text.slice(i, i + 9))) {
      const doctype = readDoctype(text, i + 9);
      if (!doctype) return { declaresEntities: true };
      if (/<!ENTITY/i.test(doctype.subset)) declaresEntities = true;
      i = doctype.end;
    } else break;
    if (i === -1) return { declaresEntities };
  }
  const match = /^<([A-Za-z_][\w:.-]*)/.exec(text.slice(i, i + 200));
  if (!match) return { declaresEntities };
  const tagEnd = text.indexOf('>', i);
  const rootTag = text.slice(
    i,
    tagEnd === -1 ? Math.min(text.length, i + 4000) : Math.min(tagEnd + 1, i + 4000),
  );
  return { root: match[1], rootTag, declaresEntities };
}

/** RSS 2.0 (and its older 0.9x subsets) or Atom 1.0, judged by the root element; anything else is null. */
export function sniffXmlFeed(text: string): XmlFeedKind | null {
  const prolog = readProlog(text);
  if (prolog.root === 'rss') return 'rss';
  if (prolog.root === 'feed' && prolog.rootTag?.includes(ATOM_NAMESPACE)) return 'atom';
  return null;
}
