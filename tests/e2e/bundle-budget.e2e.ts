import { describe, expect, it } from 'vitest';
import { bundleGzipBytes, pageFiles, pageGzipBytes } from '../bench/bundle-sizes';
import { PLAIN_BUILD_DIR } from './support/constants';

/**
 * Size budgets, gzipped, on the plain production build: a part that grows past its budget fails
 * `npm test`. The targets are popup 110 KB, overlay 15 KB, background 40 KB; where a part is not
 * there yet its budget is the size it has now (rounded up), so it can only shrink. README
 * "Performance" says what stands in the way.
 */
const KB = 1000;
const BUDGETS = {
  // target 110 KB: React and React DOM are ~67 KB, Dexie ~31 KB (an open item's composer and the
  // first-run screen load later, when shown). 114.3 KB with feed problems said in its language;
  // 114.7 KB with the image loader that keeps an item's image from sending cookies; 117.1 KB
  // with failures said for people (Details apart) and the toolbar's lucide-react icons (its Icon
  // component and three icons, ~1.8 KB: issue 21, item 6).
  popup: 118 * KB,
  // The script LinkedIn's tab loads once the employee asks: target 15 KB, met (5.3 KB). It holds
  // only what must touch LinkedIn's page (the frame's host, finding the composer, typing into it,
  // watching Post); the panel's React tree is an extension page in the frame (86 KB before).
  overlay: 15 * KB,
  // The panel page in that frame: its size now, rounded up. It loads popup-shared whole.
  panel: 128 * KB,
  // target 40 KB: Dexie ~30 KB, zod ~25 KB, fast-xml-parser ~22 KB; +0.5 KB for translated
  // notifications and the context menu; +0.3 KB for the feed-access state (a refused origin told
  // apart from an unreachable server) and the LinkedIn layout note with "Did your post go out?";
  // +0.4 KB (101.1 KB) for the panel's relay, the policy's malformed-value record and the
  // linear text segmenting (issue 23), and web addresses told from extension ones (issue 21).
  background: 102 * KB,
};

describe('bundle size budgets (gzip)', () => {
  const sizes = bundleGzipBytes(PLAIN_BUILD_DIR);
  it.each(Object.entries(BUDGETS) as [keyof typeof BUDGETS, number][])(
    '%s stays within %i bytes',
    (part, budget) => {
      expect(sizes[part], `${part} is ${sizes[part]} bytes gzipped`).toBeLessThanOrEqual(budget);
    },
  );
});

/**
 * The other pages have no target; since the popup-shared chunk (wxt.config.ts) they load it whole,
 * so each budget is its size now, rounded up: a page only grows when someone decides it should.
 */
// Settings, My history, the feed check and the studio: +0.4 KB each for the popup's image loader in the
// shared chunk (the studio's preview shows images too: +0.6 KB), and +0.4 KB each for the framed
// LinkedIn panel, whose list, filters and cards moved from the popup's entry into popup-shared.
const PAGE_BUDGETS = {
  // +0.6 KB each for failures said for people, with the technical words behind Details (issue 21);
  // the feed check +1 KB and the studio +1.7 KB more for field labels instead of JSON paths, the
  // studio also for touched fields and the suggested posts to fix beside Publish (issue 21, 7–9).
  options: 118 * KB,
  history: 139 * KB,
  'feed-check': 176 * KB,
  // The studio +0.3 KB more (204.3 KB) with the hostile-input fixes' segmenting and policy record.
  studio: 205 * KB,
};

describe('page size budgets (gzip)', () => {
  it.each(Object.entries(PAGE_BUDGETS))('%s.html stays within %i bytes', (page, budget) => {
    const size = pageGzipBytes(PLAIN_BUILD_DIR, `${page}.html`);
    expect(size, `${page}.html loads ${size} bytes of script gzipped`).toBeLessThanOrEqual(budget);
  });
});

describe('files before the first paint', () => {
  // Each is a request the page waits for. Once the studio shared the popup's components, Rolldown
  // split them into 11 scripts and 3 style sheets; the popup-shared chunk (wxt.config.ts) and one
  // style sheet per page bring that to the popup's entry, the shared chunk, Rolldown's runtime.
  it('the popup loads at most 3 scripts and 1 style sheet', () => {
    const { scripts, styles } = pageFiles(PLAIN_BUILD_DIR, 'popup.html');
    expect(scripts.length, scripts.join(', ')).toBeLessThanOrEqual(3);
    expect(styles.length, styles.join(', ')).toBeLessThanOrEqual(1);
  });

  // The popup's sheet sets the body to the popup's width: no other page may get it through the
  // chunk it shares with the popup.
  it.each(['popup', 'options', 'history', 'feed-check', 'studio'])(
    '%s loads only its own style sheet',
    (page) => {
      const { styles } = pageFiles(PLAIN_BUILD_DIR, `${page}.html`);
      expect(styles).toHaveLength(1);
      expect(styles[0]).toMatch(new RegExp(`^assets/${page}-[^/]+\\.css$`));
    },
  );
});
