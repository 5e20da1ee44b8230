/**
 * The optional origins a feed may be granted and the Content Security Policy's connect-src must
 * agree (issue 23): Chromium refused `http://[::1]:*` as an invalid source ("It will be ignored"),
 * so a feed on [::1] failed although the manifest offered that origin. Reads the built manifest,
 * checks every source in real Chromium, and serves a feed on [::1] (IPv6 loopback binds on these
 * machines; where it cannot, that part says so and is skipped).
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAIN_BUILD_DIR } from './support/constants';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

const manifest = JSON.parse(readFileSync(path.join(PLAIN_BUILD_DIR, 'manifest.json'), 'utf8')) as {
  optional_host_permissions: string[];
  content_security_policy: { extension_pages: string };
};
const connectSrc = /(?:^|;)\s*connect-src ([^;]+)/
  .exec(manifest.content_security_policy.extension_pages)![1]!
  .trim()
  .split(/\s+/);

/** Whether a connect-src source lets the extension reach every URL of a match pattern's origin. */
function covers(source: string, pattern: string): boolean {
  const { protocol, hostname } = new URL(pattern.replace('*.', 'any.').replace('://*/', '://any.example/'));
  if (source === protocol) return true; // a scheme source ("https:")
  return source === `${protocol}//${hostname}:*` && !pattern.includes('://*');
}

/** A feed server on [::1] only, or why there is none. */
async function serveOnIpv6(): Promise<{ server: http.Server; url: string; requests: () => number } | string> {
  let requests = 0;
  const server = http.createServer((_req, res) => {
    requests++;
    res.writeHead(200, { 'Content-Type': 'application/feed+json', 'Access-Control-Allow-Origin': '*' });
    res.end(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'IPv6 feed', items: [] }));
  });
  try {
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '::1', resolve));
  } catch (error) {
    return `cannot bind [::1]: ${String(error)}`;
  }
  const { port } = server.address() as { port: number };
  return { server, url: `http://[::1]:${port}/feed.json`, requests: () => requests };
}

describe('feed origins and connect-src', () => {
  let ext: LaunchedExtension;
  let ipv6: Awaited<ReturnType<typeof serveOnIpv6>>;

  beforeAll(async () => {
    ipv6 = await serveOnIpv6();
    if (typeof ipv6 === 'string') console.warn(`[e2e] SKIPPED the [::1] feed: ${ipv6}`);
    ext = await launchExtension(PLAIN_BUILD_DIR);
  });

  afterAll(async () => {
    await ext?.close();
    if (typeof ipv6 !== 'string') ipv6.server.close();
  });

  it('offers only origins that connect-src lets the extension reach, and names no other host', () => {
    const uncovered = manifest.optional_host_permissions.filter((o) => !connectSrc.some((s) => covers(s, o)));
    expect(uncovered).toEqual([]);
    const hosts = connectSrc.filter((s) => s.includes('//'));
    const offered = hosts.filter((s) => manifest.optional_host_permissions.some((o) => covers(s, o)));
    expect(offered).toEqual(hosts);
  });

  it('has a policy Chromium reads whole: no source is ignored as invalid', async () => {
    const page = await ext.context.newPage();
    const complaints: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|invalid source/i.test(message.text())) complaints.push(message.text());
    });
    await page.goto(ext.extensionUrl('options.html'));
    await page.getByLabel('Add a feed URL').waitFor();
    expect(complaints).toEqual([]);
    await page.close();
  });

  it('says at once that a feed on http://[::1] cannot be read, and to use 127.0.0.1', async (context) => {
    if (typeof ipv6 === 'string') return context.skip();
    const page = await ext.openExtensionPage('options.html');
    await page.getByLabel('Add a feed URL').fill(ipv6.url);
    await page.getByLabel('Add a feed URL').press('Enter');
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/cannot name an IPv6 address.*Use http:\/\/127\.0\.0\.1/);
    // Why: the browser refuses the connection itself, whatever the extension does.
    const direct = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'read',
          () => 'refused',
        ),
      ipv6.url,
    );
    expect(direct).toBe('refused');
    expect(ipv6.requests()).toBe(0);
    await page.close();
  });
});
