/**
 * Where the panel's frame goes on LinkedIn's page: docked at the inline end, full height, unless
 * that would cover LinkedIn's composer. Then, in order: the composer dialog left clear (the other
 * side, or narrower beside it), else at least its Post button left clear (above it, below it, or
 * narrower beside it). The employee must always see their text and reach Post.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  side: 'start' | 'end';
  top: number;
  height: number;
  width: number;
}

export interface PlacementInput {
  view: { width: number; height: number };
  dir: 'ltr' | 'rtl';
  /** The open composer's dialog and its Post button, when LinkedIn shows one. */
  dialog?: Box;
  post?: Box;
}

export const PANEL_WIDTH = 400;
const MIN_WIDTH = 300;
const MIN_HEIGHT = 280;
const GAP = 8;

function boxOf(p: Placement, { view, dir }: PlacementInput): Box {
  const atLeft = (p.side === 'start') === (dir === 'ltr');
  const left = atLeft ? 0 : view.width - p.width;
  return { left, right: left + p.width, top: p.top, bottom: p.top + p.height };
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right + GAP && b.left - GAP < a.right && a.top < b.bottom + GAP && b.top - GAP < a.bottom;

/** Room between the box and the viewport's edge on one side, in CSS pixels. */
function roomBeside(box: Box, side: 'start' | 'end', { view, dir }: PlacementInput): number {
  const atLeft = (side === 'start') === (dir === 'ltr');
  return Math.floor((atLeft ? box.left : view.width - box.right) - GAP);
}

function candidates(avoid: Box, input: PlacementInput): Placement[] {
  const { view } = input;
  const width = Math.min(PANEL_WIDTH, view.width);
  const full = (side: Placement['side'], w = width): Placement => ({
    side,
    top: 0,
    height: view.height,
    width: w,
  });
  const list: Placement[] = [full('end'), full('start')];
  for (const side of ['end', 'start'] as const) {
    const room = Math.min(PANEL_WIDTH, roomBeside(avoid, side, input));
    if (room >= MIN_WIDTH) list.push(full(side, room));
  }
  const above = Math.floor(avoid.top - GAP);
  if (above >= MIN_HEIGHT) list.push({ side: 'end', top: 0, height: above, width });
  const below = Math.ceil(avoid.bottom + GAP);
  if (view.height - below >= MIN_HEIGHT)
    list.push({ side: 'end', top: below, height: view.height - below, width });
  return list;
}

export function placePanel(input: PlacementInput): Placement {
  const width = Math.min(PANEL_WIDTH, input.view.width);
  const fallback: Placement = { side: 'end', top: 0, height: input.view.height, width };
  for (const avoid of [input.dialog, input.post]) {
    if (!avoid) continue;
    const clear = candidates(avoid, input).find(
      (p) => !overlaps(boxOf(p, input), avoid) && (!input.post || !overlaps(boxOf(p, input), input.post)),
    );
    if (clear) return clear;
  }
  return fallback;
}
