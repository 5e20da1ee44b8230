import { describe, expect, it, vi } from 'vitest';
import { createFeedActions } from '@/shared/feed-actions';
import type { sendToBackground } from '@/shared/messaging';

const OLD = 'https://acme.example/old.json';
const NEW = 'https://blog.example/feed.json';

function actions(granted: boolean, answers: Record<string, { ok: boolean; reason?: string }> = {}) {
  const sent: unknown[] = [];
  const send = vi.fn((message: { type: string }) => {
    sent.push(message);
    return Promise.resolve(answers[message.type] ?? { ok: true, data: null });
  }) as unknown as typeof sendToBackground;
  const requestOrigin = vi.fn(() => Promise.resolve(granted));
  return { move: createFeedActions({ send, requestOrigin }).move, sent, requestOrigin };
}

describe('"Use the new address"', () => {
  it.each([
    [
      'granted: subscribes to the new address first, then drops the old one',
      true,
      {},
      null,
      [
        { type: 'feeds/add', url: NEW },
        { type: 'feeds/remove', url: OLD },
      ],
    ],
    [
      'the origin refused: changes nothing',
      false,
      {},
      'Ownvoice still may not read blog.example: the permission was not given.',
      [],
    ],
    [
      'the new address fails: the old subscription stays',
      true,
      { 'feeds/add': { ok: false, reason: "Couldn't add this feed: HTTP 404" } },
      "Couldn't add this feed: HTTP 404",
      [{ type: 'feeds/add', url: NEW }],
    ],
  ])('%s', async (_name, granted, answers, reason, sent) => {
    const subject = actions(granted, answers);
    const result = await subject.move(OLD, NEW);
    expect(subject.requestOrigin).toHaveBeenCalledWith(NEW);
    if (reason === null) expect(result).toBeNull();
    else expect(result).toEqual({ text: reason });
    expect(subject.sent).toEqual(sent);
  });

  it.each([
    ["to the extension's own file", OLD, 'chrome-extension://abcdefghijklmnop/demo-feed.json'],
    ['from the bundled demo feed', 'ownvoice:demo', NEW],
  ])('never moves a subscription %s', async (_name, from, to) => {
    const subject = actions(true);
    expect(await subject.move(from, to)).toEqual({
      text: 'This feed can only move to another web address (http or https).',
    });
    expect(subject.requestOrigin).not.toHaveBeenCalled();
    expect(subject.sent).toEqual([]);
  });
});
