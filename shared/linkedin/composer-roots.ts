/**
 * Where LinkedIn's composer may live: the page's own DOM, or an open shadow root. Since 2026 the
 * post composer is rendered into the open shadow root of `div#interop-outlet`
 * (`data-testid="interop-shadowdom"`), where `document.querySelector` sees nothing. Iframes are
 * never entered: LinkedIn's hidden preload iframe (`data-testid="interop-iframe"`) holds a second,
 * decoy editor that must never be written to.
 */

export type ComposerRoot = Document | ShadowRoot;

/** LinkedIn's known shadow host for overlays and the post composer (2026). */
const KNOWN_HOSTS = '#interop-outlet, [data-testid="interop-shadowdom"]';

/** Bounds for the walk of open shadow roots, so a huge page costs a few milliseconds at most. */
export const WALK_LIMITS = { elements: 20_000, roots: 40, depth: 4 };

function openShadowOf(el: Element): ShadowRoot | null {
  // `shadowRoot` is null for closed roots, Ownvoice's own panel host among them: not ours to look into.
  return el.shadowRoot;
}

/** The open shadow roots under `root`, breadth first, within WALK_LIMITS. */
function walkShadowRoots(doc: Document, seen: Set<ShadowRoot>): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  let budget = WALK_LIMITS.elements;
  let level: ParentNode[] = [doc];
  for (let depth = 0; depth < WALK_LIMITS.depth && level.length > 0; depth++) {
    const next: ShadowRoot[] = [];
    for (const root of level) {
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node && budget > 0; node = walker.nextNode(), budget--) {
        const shadow = openShadowOf(node as Element);
        if (shadow && !seen.has(shadow)) {
          seen.add(shadow);
          next.push(shadow);
          if (found.length + next.length >= WALK_LIMITS.roots) break;
        }
      }
    }
    found.push(...next);
    if (found.length >= WALK_LIMITS.roots || budget <= 0) break;
    level = next;
  }
  return found.slice(0, WALK_LIMITS.roots);
}

/**
 * The trees to search, in order: LinkedIn's known shadow host first, then the page's DOM, then
 * any other open shadow root (a bounded walk, for when LinkedIn moves the composer again).
 */
export function composerRoots(doc: Document): ComposerRoot[] {
  const seen = new Set<ShadowRoot>();
  const known: ShadowRoot[] = [];
  for (const host of doc.querySelectorAll(KNOWN_HOSTS)) {
    const shadow = openShadowOf(host);
    if (shadow && !seen.has(shadow)) {
      seen.add(shadow);
      known.push(shadow);
    }
  }
  return [...known, doc, ...walkShadowRoots(doc, seen)];
}

/** Whether `el` is on screen as far as attributes tell, across the shadow boundaries above it. */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  for (let node: Element | null = el; node;) {
    if (node.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return true;
}
