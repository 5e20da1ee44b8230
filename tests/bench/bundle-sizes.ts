import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** Gzipped bytes of an HTML page's own scripts and the chunks it preloads. */
export function pageGzipBytes(dir: string, html: string): number {
  const page = readFileSync(path.join(dir, html), 'utf8');
  const scripts = [...page.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return scripts.reduce((sum, file) => sum + gz(path.join(dir, file)), 0);
}

/** The files an HTML page asks for before its first paint: its scripts and preloaded modules, its style sheets. */
export function pageFiles(dir: string, html: string): { scripts: string[]; styles: string[] } {
  const page = readFileSync(path.join(dir, html), 'utf8');
  return {
    scripts: [...page.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!),
    styles: [...page.matchAll(/href="\/?([^"]+\.css)"/g)].map((m) => m[1]!),
  };
}

/** What a person's browser loads for each part, gzipped, from a production build folder. */
export function bundleGzipBytes(dir: string): {
  popup: number;
  overlay: number;
  panel: number;
  background: number;
} {
  return {
    popup: pageGzipBytes(dir, 'popup.html'),
    // What LinkedIn's tab loads into its own process once the employee asks: the page script only.
    overlay: gz(path.join(dir, 'linkedin-page.js')),
    // The panel, an extension page in a frame: loaded in the extension's origin, not LinkedIn's.
    panel: pageGzipBytes(dir, 'panel.html'),
    background: gz(path.join(dir, 'background.js')),
  };
}
