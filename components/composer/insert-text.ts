/**
 * Inserts a snippet (a hashtag, a sign-off) where the caret is, with a space or line break so it
 * never glues onto a word. Returns the new text and where the caret goes.
 */
export function insertAt(text: string, at: number, snippet: string): { text: string; caret: number } {
  const before = text.slice(0, at);
  const after = text.slice(at);
  const multiline = snippet.includes('\n') || snippet.length > 40;
  const lead = before === '' || /\s$/.test(before) ? '' : multiline ? '\n\n' : ' ';
  const trail = after === '' || /^\s/.test(after) ? '' : ' ';
  const inserted = `${lead}${snippet}${trail}`;
  return { text: before + inserted + after, caret: before.length + inserted.length };
}
