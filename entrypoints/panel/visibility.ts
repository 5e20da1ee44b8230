/**
 * Whether the panel is drawn as it is, unhidden and uncovered, as far as the browser can tell
 * (IntersectionObserver v2's `trackVisibility`, Chromium): false while LinkedIn's page gives the
 * frame's host opacity, a filter or a transform, or lays anything over it, even a transparent
 * layer that lets clicks through (the page script's own check cannot see those: hit testing skips
 * them). Undefined where the browser does not say (Firefox), or before its first answer.
 */
export function watchVisibility(target: Element): () => boolean | undefined {
  let visible: boolean | undefined;
  try {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries)
          visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
      },
      // `delay` 100 ms is the least trackVisibility allows.
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(target);
  } catch {
    return () => undefined;
  }
  return () => visible;
}
