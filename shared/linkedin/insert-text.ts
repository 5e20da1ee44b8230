/**
 * Puts the employee's text into LinkedIn's editor the way typing would: focus, caret at the end,
 * `execCommand('insertText')` and an input event, so LinkedIn's own editor updates its state and
 * enables Post. Never innerHTML or textContent: the editor would not notice, and it is not ours.
 */
export function insertIntoEditor(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  editor.focus();
  const selection = doc.getSelection();
  if (selection) {
    const range = doc.createRange();
    if ((editor.innerText || editor.textContent || '').trim() === '') {
      // An empty editor holds a placeholder line (<p><br></p>): write into it, not after it.
      range.setStart(editor.querySelector('p, div') ?? editor, 0);
      range.collapse(true);
    } else {
      // The employee already wrote something there: add after it.
      range.selectNodeContents(editor);
      range.collapse(false);
    }
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // execCommand is deprecated but is still the one way to insert text as if typed.
  doc.execCommand('insertText', false, text);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return textTook(editor, text);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether the editor now shows the text (its start, ignoring how line breaks were rendered). */
export function textTook(editor: HTMLElement, text: string): boolean {
  const shown = squash(editor.innerText || editor.textContent || '');
  return shown.includes(squash(text).slice(0, 60));
}
