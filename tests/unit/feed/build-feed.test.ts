import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeed, type BuildInput } from '../../../shared/feed/build-feed';
import { csvToItems } from '../../../shared/feed/csv-items';
import { parseCsv } from '../../../shared/feed/csv-parse';
import { parseFeedText } from '../../../shared/feed/parse';
import { serializeFeed } from '../../../shared/feed/serialize-feed';
import { exportFeed } from '../../../shared/feed/studio/export-feed';
import { importFeedText } from '../../../shared/feed/studio/import-feed';

const example = readFileSync(resolve('shared/feed/items.example.csv'), 'utf8');
const rich = readFileSync(resolve('tests/fixtures/feeds/rich.json'), 'utf8');

function items(csv: string) {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.reason);
  return csvToItems(parsed.records);
}

function build(input: BuildInput) {
  const built = buildFeed(input);
  if (!built.ok) throw new Error(built.reason);
  return built;
}

/** What feed:check would make of the built file. */
function check(input: BuildInput) {
  const built = build(input);
  return { built, result: parseFeedText(serializeFeed(built.document)) };
}

describe('csvToItems', () => {
  it.each([
    ['a text column', 'id,title\n1, Hello \n', { id: '1', title: 'Hello' }],
    ['an empty cell as an absent field', 'id,title,summary\n1,,  \n', { id: '1' }],
    ['a list split on | and trimmed', 'id,tags\n1, a | b ||c \n', { id: '1', tags: ['a', 'b', 'c'] }],
    ['header names in any case', 'ID,Title\n1,x\n', { id: '1', title: 'x' }],
    [
      'roles and networks in lower case',
      'id,roles,networks\n1,Expert,LinkedIn|X\n',
      {
        id: '1',
        _ownvoice: { roles: ['expert'], networks: ['linkedin', 'x'] },
      },
    ],
    ['pinned written as yes', 'id,pinned\n1,Yes\n', { id: '1', _ownvoice: { pinned: true } }],
    ['pinned written as 0', 'id,pinned\n1,0\n', { id: '1', _ownvoice: { pinned: false } }],
    [
      'pinned left for the checks to judge',
      'id,pinned\n1,maybe\n',
      { id: '1', _ownvoice: { pinned: 'maybe' } },
    ],
    [
      'a suggestion per network, a pipe kept',
      'id,suggestion_linkedin,suggestion\n1,A | B,C\n',
      {
        id: '1',
        _ownvoice: {
          suggestions: [
            { text: 'A | B', network: 'linkedin' },
            { text: 'C', network: 'any' },
          ],
        },
      },
    ],
    [
      'a repeated suggestion column',
      'id,suggestion_x,suggestion_x\n1,A,B\n',
      {
        id: '1',
        _ownvoice: {
          suggestions: [
            { text: 'A', network: 'x' },
            { text: 'B', network: 'x' },
          ],
        },
      },
    ],
    [
      'campaign, prompts, hashtags and expiry',
      'id,campaign,prompts,hashtags,expires_at\n1,c,Why?|How?,#a,2027-01-01T00:00:00Z\n',
      {
        id: '1',
        _ownvoice: {
          prompts: ['Why?', 'How?'],
          hashtags: ['#a'],
          campaign: 'c',
          expires_at: '2027-01-01T00:00:00Z',
        },
      },
    ],
  ])('maps %s', (_name, csv, expected) => {
    expect(items(csv).items).toEqual([expected]);
  });

  it.each([
    ['an unknown column', 'id,colour\n1,red\n', 'Column "colour" is not a feed field and was ignored'],
    [
      'a suggestion for an unknown network',
      'id,suggestion_myspace\n1,hi\n',
      'Column "suggestion_myspace" is not a feed field',
    ],
    ['a repeated column', 'id,title,title\n1,a,b\n', 'Column "title" appears more than once'],
    ['cells beyond the header', 'id\n1,extra\n', 'Row 2 has more cells than the header row'],
  ])('warns about %s without failing', (_name, csv, warning) => {
    const sheet = items(csv);
    expect(sheet.items).toHaveLength(1);
    expect(sheet.warnings.join('\n')).toContain(warning);
  });

  it('skips blank rows but keeps spreadsheet row numbers and file lines', () => {
    const sheet = items('id,summary\n1,"two\nlines"\n,\n2,x\n');
    expect(sheet.items.map((item) => item.id)).toEqual(['1', '2']);
    expect(sheet.rows).toEqual([2, 4]);
    expect(sheet.lines).toEqual([2, 5]);
  });
});

describe('buildFeed', () => {
  it('builds the example into a usable feed with the expected items and no warnings', () => {
    const { built, result } = check({ csv: example, title: 'Acme news' });
    expect(built.notes).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.feed.meta.title).toBe('Acme news');
    expect(result.feed.items.map((item) => item.id)).toEqual([
      '2026-11-launch',
      '2026-12-hiring',
      '2026-12-report',
    ]);
    const [launch, hiring, report] = result.feed.items;
    expect(launch).toMatchObject({
      tags: ['product', 'release'],
      roles: ['expert', 'promoter'],
      networks: ['linkedin', 'bluesky'],
      hashtags: ['#offline', '#AcmeApp'],
      campaign: 'launch-2026',
      pinned: true,
      expiresAt: Date.parse('2027-01-31T23:59:59Z'),
    });
    expect(launch!.prompts).toHaveLength(2);
    expect(launch!.suggestions.map((s) => s.network)).toEqual(['linkedin', 'bluesky', 'any']);
    expect(launch!.suggestions[0]!.text).toContain('"last write wins"');
    expect(hiring!.summary).toBe('Two roles in Lyon and remote.\nSalary ranges are in the posting.');
    expect(report).toMatchObject({ pinned: false, roles: [], suggestions: [{ network: 'any' }] });
  });

  it('keeps the base feed-level fields, replaces its items and says so', () => {
    const { built, result } = check({ csv: example, base: rich });
    expect(built.notes).toEqual(["The base feed's 2 item(s) were replaced by the spreadsheet's."]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const base = parseFeedText(rich);
    expect(base.ok && result.feed.meta).toEqual(base.ok && base.feed.meta);
    expect(result.feed.items).toHaveLength(3);
  });

  it('lets --title replace the base title', () => {
    const { result } = check({ csv: example, base: rich, title: 'Renamed' });
    expect(result.ok && result.feed.meta.title).toBe('Renamed');
  });

  it.each([
    ['an unclosed quote', { csv: 'id,title\n1,"open\n' }, 'a quoted cell that starts on line 2 never ends'],
    ['an empty file', { csv: '' }, 'The spreadsheet is empty.'],
    [
      'a base that is not JSON',
      { csv: example, base: '<rss/>' },
      'The base feed cannot be used: it is not JSON',
    ],
    ['a base that is a list', { csv: example, base: '[]' }, 'it is not a JSON object'],
  ])('refuses %s', (_name, input, reason) => {
    const built = buildFeed(input);
    expect(built.ok).toBe(false);
    expect(!built.ok && built.reason).toContain(reason);
  });

  it('reports a bad row against the item index that maps back to its row', () => {
    const csv = 'id,url,title\nok,https://a.example/,Fine\nbad,javascript:alert(1),Bad link\n';
    const { built, result } = check({ csv });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [warning] = result.warnings;
    expect(warning?.path).toBe('items[1].url');
    expect(built.rows[warning!.index!]).toBe(3);
  });
});

describe('serializeFeed', () => {
  it('writes keys in the format order, $schema first and unknown keys last, sorting unknown keys', () => {
    const text = serializeFeed({
      items: [{ _ownvoice: { pinned: true, roles: ['expert'] }, title: 't', id: '1' }],
      _acme: { b: 1, a: 2 },
      title: 'T',
      $schema: './feed.schema.json',
      version: 'https://jsonfeed.org/version/1.1',
    });
    const keys = [...text.matchAll(/^[ \t]*"([^"]+)":/gm)].map((match) => match[1]).join(' ');
    expect(keys).toBe('$schema version title items id title _ownvoice roles pinned _acme a b');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the bytes the studio exports for the same feed: one writer for both', () => {
    const built = serializeFeed(build({ csv: example, title: 'Acme news' }).document);
    const opened = importFeedText(built);
    if (!opened.ok) throw new Error('the studio could not open the built feed');
    expect(exportFeed(opened.doc)).toEqual({ ok: true, json: built });
  });

  it('is stable: a built file read and written again gives the same bytes', () => {
    const once = serializeFeed(build({ csv: example, base: rich }).document);
    expect(serializeFeed(JSON.parse(once))).toBe(once);
  });
});
