/**
 * A company edition's identity, read at build time (wxt.config.ts). Firefox knows an add-on by its
 * gecko id: an edition a company publishes on addons.mozilla.org under its own account needs an id
 * of its own, and IT's policies.json names that id (3rdparty.Extensions.<id>).
 */

/** The gecko id of the Ownvoice build itself. */
export const OWNVOICE_GECKO_ID = 'ownvoice@ownvoice.app';

/** "Acme Share" → "acme-share": zip names and derived ids. */
export function editionSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      // The line above leaves single dashes only; `-+$` would rescan every run of them.
      .replace(/^-|-$/g, '') || 'ownvoice'
  );
}

// What addons.mozilla.org accepts: an email-like id, or a GUID in braces.
const GECKO_ID =
  /^(?:[a-zA-Z0-9._-]+@[a-zA-Z0-9._-]+|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

/**
 * OWNVOICE_GECKO_ID when set (the company's own, e.g. `share@acme.com`), else one derived from
 * OWNVOICE_NAME (`acme-share.edition@ownvoice.app`), else Ownvoice's. A malformed id stops the
 * build rather than producing a package the store or the policy cannot name.
 */
export function geckoIdFromEnv(env: { OWNVOICE_GECKO_ID?: string; OWNVOICE_NAME?: string }): string {
  const explicit = env.OWNVOICE_GECKO_ID?.trim();
  if (explicit) {
    if (!GECKO_ID.test(explicit)) {
      throw new Error(
        `OWNVOICE_GECKO_ID: "${explicit}" is not a Firefox add-on id (name@domain, or a {GUID})`,
      );
    }
    return explicit;
  }
  const name = env.OWNVOICE_NAME?.trim();
  return name ? `${editionSlug(name)}.edition@ownvoice.app` : OWNVOICE_GECKO_ID;
}
