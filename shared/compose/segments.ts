/**
 * Intl.Segmenter over long text, a window at a time. ICU's segmenters slow down faster than the
 * text grows on some input, and a feed's content may be 100,000 characters (issue 23). Measured in
 * Node 20: word breaks in 10,000 Han characters took 11 ms, in 40,000 283 ms (100,000 froze the
 * composer for seconds); grapheme breaks in a run of flag letters grew the same way.
 *
 * Each window starts where the one before found a boundary, and the window's last segment, which
 * its end may have cut, is read again at the start of the next. Boundaries depend on the text
 * around them only near the window's end, so the result is the whole text's (grapheme clusters) or
 * nearly so (dictionary word breaks may differ beside a window's end, which the own-words meter
 * tolerates). A single segment longer than a window is split there.
 */
export interface Piece {
  segment: string;
  /** UTF-16 index in the whole text. */
  index: number;
  isWordLike?: boolean;
}

export const SEGMENT_WINDOW = 1024;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

export function* segmentInWindows(
  segmenter: Intl.Segmenter,
  text: string,
  window = SEGMENT_WINDOW,
): Generator<Piece> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + window);
    // Never cut between the two halves of a surrogate pair.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    const parts = [...segmenter.segment(text.slice(start, end))];
    const keep = end === text.length || parts.length === 1 ? parts.length : parts.length - 1;
    for (let k = 0; k < keep; k++) {
      const { segment, index, isWordLike } = parts[k]!;
      yield { segment, index: start + index, isWordLike };
    }
    start = keep === parts.length ? end : start + parts[keep]!.index;
  }
}
