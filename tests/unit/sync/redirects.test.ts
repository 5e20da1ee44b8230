import { describe, expect, it } from 'vitest';
import { createFeedSync, movedAddress } from '@/shared/feed/sync';
import type { FetchOutcome } from '@/shared/feed/fetch-feed';
import { feedDocument, freshRepo, item } from './helpers';
import { problem, verbatim } from '@/shared/feed/problems';

const OLD = 'https://acme.example/old.json';
const NEW = 'https://acme.example/feed.json';

async function setup() {
  const { repo } = freshRepo();
  const answers: FetchOutcome[] = [];
  const sync = createFeedSync({
    fetchDocument: async () => answers.shift() ?? { kind: 'error', reason: verbatim('no answer scripted') },
    repo,
    now: () => 1_000,
  });
  await repo.add(OLD, 'user', 0);
  return { repo, sync, answers };
}

const read = (finalUrl: string): FetchOutcome => ({ kind: 'ok', text: feedDocument([item('a')]), finalUrl });

describe('movedAddress', () => {
  it.each([
    [OLD, OLD, false],
    [OLD, NEW, true],
    [OLD, `${OLD}/`, true],
    ['https://ACME.example/old.json', OLD, false],
    ['ownvoice:demo', 'ownvoice:demo', false],
    // Issue 21, item 1: the bundled demo is read from the extension's own file; that is no move.
    ['ownvoice:demo', 'chrome-extension://abcdefghijklmnop/demo-feed.json', false],
    [OLD, 'chrome-extension://abcdefghijklmnop/demo-feed.json', false],
    [OLD, '', false],
  ])('%s read from %s → %s', (url, finalUrl, moved) => {
    expect(movedAddress(url, finalUrl)).toBe(moved);
  });
});

describe('feed sync and redirects', () => {
  it.each<[string, FetchOutcome, Record<string, unknown>]>([
    ['a redirect it followed: read, the new address kept', read(NEW), { movedTo: NEW, itemCount: 1 }],
    [
      'a redirect to an origin not granted: the new address kept, the copy untouched',
      {
        kind: 'error',
        reason: problem('fetch.movedNoAccess', { url: 'https://blog.example/f.json', host: 'blog.example' }),
        movedTo: 'https://blog.example/f.json',
      },
      {
        movedTo: 'https://blog.example/f.json',
        itemCount: 0,
        error: { code: 'fetch.movedNoAccess' },
      },
    ],
    [
      'a redirect the browser hid',
      { kind: 'error', reason: problem('fetch.sentElsewhere'), sentElsewhere: true },
      { sentElsewhere: true, itemCount: 0 },
    ],
  ])('%s', async (_name, outcome, expected) => {
    const { sync, repo, answers } = await setup();
    answers.push(outcome);
    expect(await sync.refresh(OLD)).toMatchObject(expected);
    expect(await repo.get(OLD)).toMatchObject(expected);
  });

  it('forgets the new address and the hidden redirect once the old address answers itself', async () => {
    const { sync, repo, answers } = await setup();
    answers.push(read(NEW), { kind: 'error', reason: verbatim('x'), sentElsewhere: true }, read(OLD));
    await sync.refresh(OLD);
    expect(await sync.refresh(OLD)).toMatchObject({ sentElsewhere: true });
    const status = await sync.refresh(OLD);
    expect(status).not.toHaveProperty('movedTo');
    expect(status).not.toHaveProperty('sentElsewhere');
    expect(await repo.get(OLD)).toMatchObject({ movedTo: undefined, sentElsewhere: undefined });
  });

  it('probes a redirecting address with the new one reported, so subscribing keeps it', async () => {
    const { sync, answers } = await setup();
    answers.push(read(NEW));
    expect(await sync.probe(OLD)).toMatchObject({ ok: true, movedTo: NEW });
  });
});
