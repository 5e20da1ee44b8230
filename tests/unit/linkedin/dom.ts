/** Puts a fixture's markup into the test document (parsed, not assigned as innerHTML). */
export function setBody(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  return document;
}
