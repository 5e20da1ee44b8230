// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFeedText } from '../../../shared/feed/parse';

const example = resolve('shared/feed/items.example.csv');
const fixture = (name: string) => resolve('tests/fixtures/feeds', name);
const dir = mkdtempSync(join(tmpdir(), 'feed-build-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A spreadsheet export in the test's own folder. */
function sheet(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs a CLI the way `npm run` does; stdout (the feed) and stderr (the report) kept apart. */
function run(cli: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', resolve('shared/cli', cli), ...args],
      { timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
const build = (...args: string[]) => run('feed-build.ts', ...args);

// Each test starts tsx once or twice; on a busy two-core machine that alone can take seconds.
describe('npm run feed:build', { timeout: 30_000 }, () => {
  it('prints the feed built from the example, which feed:check reads as usable', async () => {
    const { code, stdout, stderr } = await build(example);
    expect(code).toBe(0);
    expect(stderr).toContain('Feed: items.example');
    expect(stderr).toContain('Warnings: none');
    expect(stderr).toContain('OK: the feed is usable; 3 items printed.');
    const result = parseFeedText(stdout);
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.feed.items.map((item) => item.id)).toEqual([
      '2026-11-launch',
      '2026-12-hiring',
      '2026-12-report',
    ]);
  });

  it('writes -o with the base feed-level fields, and feed:check accepts the file', async () => {
    const out = join(dir, 'with-base.json');
    const built = await build(example, '--base', fixture('rich.json'), '-o', out);
    expect(built.code).toBe(0);
    expect(built.stdout).toBe('');
    expect(built.stderr).toContain("The base feed's 2 item(s) were replaced");
    expect(built.stderr).toContain(`written to ${out}`);
    const checked = await run('feed-check.ts', out);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('Organization: Globex');
    expect(checked.stdout).toContain('Items: 3');
  });

  it.each([
    [
      'a non-https link',
      'id,url,title\nok,https://a.example/,Fine\nbad,ftp://a.example/x,Bad\n',
      /row 3: `items\[1\]\.url` is "ftp:\/\/a\.example\/x"/,
    ],
    [
      'a row with nothing to share',
      'id,url,title\nok,https://a.example/,Fine\nempty,,\n',
      /row 3: items\[1\]: Item skipped: it has nothing to share/,
    ],
    [
      'a row without an id',
      'id,url,title\n,https://a.example/,No id\n',
      /row 2: items\[0\]: Item skipped: `items\[0\]\.id` is missing/,
    ],
    [
      'a row after a multi-line cell',
      'id,summary,image\na,"two\nlines",\nb,x,http://a.example/i.png\n',
      /row 3 \(line 4 of the file\): `items\[1\]\.image`/,
    ],
  ])('exits 1 for %s, names the row and writes nothing', async (_name, csv, message) => {
    const out = join(dir, 'bad.json');
    const { code, stderr } = await build(sheet('bad.csv', csv), '-o', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('NOT WRITTEN');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 when the base makes the feed rejected, listing the error', async () => {
    // A malformed optional field is only a warning now; a format from a newer Ownvoice still rejects.
    const { code, stdout, stderr } = await build(example, '--base', fixture('schema-2.json'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('REJECTED');
    expect(stderr).toContain('`_ownvoice.schema`');
  });

  it('warns about an unknown column and still builds', async () => {
    const { code, stderr } = await build(sheet('extra.csv', 'id,title,owner\n1,Hello,Ann\n'));
    expect(code).toBe(0);
    expect(stderr).toContain('Spreadsheet: Column "owner" is not a feed field and was ignored');
  });

  it('reads a ; file with a BOM and CRLF, as European Excel saves it', async () => {
    const csv = '\uFEFFid;title;tags\r\n1;"Hello; world";a|b\r\n';
    const { code, stdout } = await build(sheet('excel.csv', csv), '--title', 'Excel');
    expect(code).toBe(0);
    const result = parseFeedText(stdout);
    expect(result.ok && result.feed.items[0]).toMatchObject({ title: 'Hello; world', tags: ['a', 'b'] });
  });

  it.each([
    ['a missing file', () => [join(dir, 'no-such.csv')], /Could not read .*no-such\.csv: no such file/],
    ['a missing base', () => [example, '--base', join(dir, 'no-base.json')], /no-base\.json: no such file/],
    [
      'a file not in UTF-8',
      () => [sheet('latin1.csv', Buffer.from('id,title\n1,Caf\xe9\n', 'latin1'))],
      /CSV UTF-8/,
    ],
    ['no file at all', () => [], /Usage: npm run feed:build -- <items\.csv>/],
  ])('exits 2 for %s', async (_name, args, message) => {
    const { code, stderr } = await build(...args());
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
