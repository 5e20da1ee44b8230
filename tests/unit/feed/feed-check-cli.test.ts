// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const fixture = (name: string) => resolve('tests/fixtures/feeds', name);

/** Runs the CLI the way `npm run feed:check` does; async so this process can serve HTTP meanwhile. */
function check(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', resolve('shared/cli/feed-check.ts'), ...args],
      { timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, out: stdout + stderr });
      },
    );
  });
}

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.json') {
      res.writeHead(200, { 'Content-Type': 'application/feed+json' });
      res.end(readFileSync(fixture('rich.json')));
    } else {
      res.writeHead(404);
      res.end('not here');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((closed) => server.close(closed));
});

describe('npm run feed:check', () => {
  it('exits 0 for a usable file and prints its summary and warnings', async () => {
    const { code, out } = await check(fixture('item-warnings.json'));
    expect(code).toBe(0);
    expect(out).toContain('Feed: Item problems');
    expect(out).toContain('Organization: (not set)');
    expect(out).toContain('Items: 8 (0 expired)');
    expect(out).toMatch(/`items\[2\]\.url` is "javascript:alert\(document\.cookie\)"/);
    expect(out).toMatch(/items\[1\]: Item skipped: an earlier item already has the id "ok"/);
  });

  it('counts expired items', async () => {
    const { code, out } = await check(fixture('rich.json'));
    expect(code).toBe(0);
    expect(out).toContain('Organization: Globex');
    expect(out).toMatch(/Items: 2 \(\d expired\)/);
  });

  it('exits 1 for a rejected feed, listing every error with its path', async () => {
    const { code, out } = await check(fixture('several-errors.json'));
    expect(code).toBe(1);
    expect(out).toContain('REJECTED');
    for (const path of ['version', 'title', 'items']) {
      expect(out).toContain(`\`${path}\``);
    }
  });

  it('prints a warning naming each malformed optional feed-level field, and exits 0', async () => {
    const { code, out } = await check(fixture('refresh-too-short.json'));
    expect(code).toBe(0);
    expect(out).toContain(
      '`_ownvoice.refresh_minutes` is 5; it must be a whole number from 15 to 1440, so it was left out',
    );
  });

  it('exits 1 for an HTML page, naming (root)', async () => {
    const { code, out } = await check(fixture('html-page.html'));
    expect(code).toBe(1);
    expect(out).toContain('(root): The document is HTML, not a JSON feed');
  });

  it('exits 2 for a missing file', async () => {
    const { code, out } = await check(fixture('no-such-feed.json'));
    expect(code).toBe(2);
    expect(out).toMatch(/Could not read .*no-such-feed\.json: no such file/);
  });

  it('exits 2 with usage when given nothing', async () => {
    const { code, out } = await check();
    expect(code).toBe(2);
    expect(out).toContain('Usage: npm run feed:check -- <file-or-url>');
  });

  it('fetches a URL through the extension transport', async () => {
    const { code, out } = await check(`${base}/feed.json`);
    expect(code).toBe(0);
    expect(out).toContain('Feed: Globex people & news');
  });

  it('exits 2 for an HTTP error', async () => {
    const { code, out } = await check(`${base}/missing.json`);
    expect(code).toBe(2);
    expect(out).toContain('HTTP 404 Not Found');
  });

  it('exits 2 for plain http to a remote host', async () => {
    const { code, out } = await check('http://acme.example/feed.json');
    expect(code).toBe(2);
    expect(out).toContain('https://');
  });
});
