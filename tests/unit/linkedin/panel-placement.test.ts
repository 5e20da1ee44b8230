import { describe, expect, it } from 'vitest';
import { placePanel, type Box, type PlacementInput } from '@/shared/linkedin/panel-placement';

// Boxes as LinkedIn's share modal lays out: centered, ~520–744 px wide, Post at its bottom end.
const modal = (viewWidth: number, width: number, top = 60, height = 280): Box => {
  const left = (viewWidth - width) / 2;
  return { left, right: left + width, top, bottom: top + height };
};
const postOf = (dialog: Box): Box => ({
  left: dialog.right - 60,
  right: dialog.right - 12,
  top: dialog.bottom - 40,
  bottom: dialog.bottom - 12,
});

/** The panel's box on screen for a placement. */
function boxOf(input: PlacementInput): Box {
  const p = placePanel(input);
  const atLeft = (p.side === 'start') === (input.dir === 'ltr');
  const left = atLeft ? 0 : input.view.width - p.width;
  return { left, right: left + p.width, top: p.top, bottom: p.top + p.height };
}
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('where the panel goes on LinkedIn', () => {
  it('docks full height at the inline end when no composer is open', () => {
    expect(placePanel({ view: { width: 1280, height: 800 }, dir: 'ltr' })).toEqual({
      side: 'end',
      top: 0,
      height: 800,
      width: 400,
    });
  });

  it.each([
    ['ltr', 1280, 520],
    ['rtl', 1280, 520],
    ['ltr', 1440, 744],
    ['ltr', 1920, 744],
  ] as const)(
    'in %s at %i px stands beside a %i px composer, covering none of it',
    (dir, width, modalWidth) => {
      const dialog = modal(width, modalWidth);
      const input = { view: { width, height: 800 }, dir, dialog, post: postOf(dialog) };
      const box = boxOf(input);
      expect(overlaps(box, dialog)).toBe(false);
      expect(box.right - box.left).toBeGreaterThanOrEqual(300);
      expect(box.bottom - box.top).toBe(800);
    },
  );

  it.each([
    ['ltr', 1024, 768, 520],
    ['rtl', 1024, 768, 520],
    ['ltr', 1280, 800, 744],
    ['ltr', 1024, 768, 744],
  ] as const)(
    'in %s at %i × %i leaves the Post button of a %i px composer clear where it cannot stand beside it',
    (dir, width, height, modalWidth) => {
      const dialog = modal(width, modalWidth);
      const post = postOf(dialog);
      const box = boxOf({ view: { width, height }, dir, dialog, post });
      expect(overlaps(box, post)).toBe(false);
      expect(box.right - box.left).toBeGreaterThanOrEqual(300);
      expect(box.bottom - box.top).toBeGreaterThanOrEqual(280);
    },
  );

  it('takes the whole width of a phone-sized window rather than a sliver', () => {
    const dialog = modal(360, 340, 40, 500);
    const placed = placePanel({
      view: { width: 360, height: 640 },
      dir: 'ltr',
      dialog,
      post: postOf(dialog),
    });
    expect(placed.width).toBe(360);
  });
});
