/**
 * Whether a feed address is on the web (http or https). The bundled demo feed is stored as
 * `ownvoice:demo` and read from a `chrome-extension://` file: neither is a place a feed can move
 * to or from, so a redirect notice or "Use the new address" is only ever about web addresses.
 */
export function isWebAddress(url: string | undefined): url is string {
  if (!url || !URL.canParse(url)) return false;
  const { protocol } = new URL(url);
  return protocol === 'https:' || protocol === 'http:';
}
