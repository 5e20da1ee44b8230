/**
 * `OWNVOICE_FEEDS=… OWNVOICE_NAME="Acme Share" npm run zip` makes a company edition: Chrome and
 * Firefox packages with the feeds preset and their origins declared, and a sources zip with the
 * project's own files only. This runs the real `wxt zip` for both browsers and reads the zips.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from './support/constants';

const NAME = 'Acme Share E2E';
const ZIP_PREFIX = 'acme-share-e2e';
const FEEDS = ['https://news.acme.example/ownvoice.json', 'https://hr.acme.example/feed.xml'];
const OUTPUT = path.join(ROOT_DIR, '.output');
const version = (JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string })
  .version;

/** name → content of every file in a zip (stored or deflated entries, as WXT writes them). */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1) throw new Error(`${file} is not a zip`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

function zipEdition(browser: 'chrome' | 'firefox'): Promise<void> {
  const variantKeys = new Set([
    'OWNVOICE_FEEDS',
    'OWNVOICE_OUT_DIR',
    'OWNVOICE_NAME',
    'OWNVOICE_GECKO_ID',
    'OWNVOICE_MANIFEST_KEY',
    'NODE_ENV',
  ]);
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !variantKeys.has(key))),
    NO_COLOR: '1',
    OWNVOICE_FEEDS: FEEDS.join(','),
    OWNVOICE_NAME: NAME,
    OWNVOICE_OUT_DIR: `${ZIP_PREFIX}-${browser}`,
  };
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['wxt', 'zip', '-b', browser], {
      cwd: ROOT_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`wxt zip -b ${browser} failed (${code}):\n${output}`)),
    );
  });
}

interface Manifest {
  name: string;
  permissions?: string[];
  host_permissions?: string[];
  background?: { service_worker?: string; scripts?: string[] };
}

const zipPath = (suffix: string) => path.join(OUTPUT, `${ZIP_PREFIX}-${version}-${suffix}.zip`);

function cleanUp() {
  for (const suffix of ['chrome', 'firefox', 'sources']) rmSync(zipPath(suffix), { force: true });
  for (const browser of ['chrome', 'firefox']) {
    rmSync(path.join(OUTPUT, `${ZIP_PREFIX}-${browser}`), { recursive: true, force: true });
  }
}

describe('company edition (npm run zip with OWNVOICE_FEEDS and OWNVOICE_NAME)', () => {
  let chrome: Map<string, Buffer>;
  let firefox: Map<string, Buffer>;
  let sources: Map<string, Buffer>;

  beforeAll(async () => {
    cleanUp();
    // One after the other: both builds regenerate .wxt/.
    await zipEdition('chrome');
    await zipEdition('firefox');
    chrome = readZip(zipPath('chrome'));
    firefox = readZip(zipPath('firefox'));
    sources = readZip(zipPath('sources'));
  }, 240_000);

  afterAll(cleanUp);

  const manifestOf = (zip: Map<string, Buffer>) =>
    JSON.parse(zip.get('manifest.json')!.toString('utf8')) as Manifest;
  const presetIn = (zip: Map<string, Buffer>) => {
    const manifest = manifestOf(zip);
    const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0] ?? '';
    return zip.get(background)?.toString('utf8') ?? '';
  };

  it('names both packages after the edition', () => {
    expect(manifestOf(chrome).name).toBe(NAME);
    expect(manifestOf(firefox).name).toBe(NAME);
  });

  it('declares the preset feeds’ origins, and only those, at install (Chrome MV3)', () => {
    const manifest = manifestOf(chrome);
    expect(manifest.host_permissions?.sort()).toEqual([
      'https://hr.acme.example/*',
      'https://news.acme.example/*',
    ]);
    expect(manifest.permissions?.sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'scripting',
      'storage',
      'unlimitedStorage',
    ]);
  });

  it('declares the preset feeds’ origins in Firefox’s permissions (MV2)', () => {
    expect(manifestOf(firefox).permissions).toEqual(
      expect.arrayContaining(['https://news.acme.example/*', 'https://hr.acme.example/*']),
    );
  });

  it('gives the Firefox package a gecko id of its own, derived from the name', () => {
    const gecko = (manifestOf(firefox) as { browser_specific_settings?: { gecko?: { id?: string } } })
      .browser_specific_settings?.gecko?.id;
    expect(gecko).toBe('acme-share-e2e.edition@ownvoice.app');
  });

  it('bakes the preset feeds into the background of both packages', () => {
    for (const zip of [chrome, firefox]) {
      for (const feed of FEEDS) expect(presetIn(zip)).toContain(feed);
    }
  });

  it('ships the pages, the policy schema and the feed check page', () => {
    for (const file of ['popup.html', 'options.html', 'feed-check.html', 'managed-schema.json']) {
      expect(chrome.has(file), file).toBe(true);
    }
  });

  it('makes a sources zip with the project’s own files only', () => {
    const names = [...sources.keys()];
    expect(names).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json']),
    );
    expect(names).toContain('entrypoints/background/index.ts');
    expect(names).toContain('shared/feed/parse-xml.ts');
    expect(
      names.filter((n) => /^(node_modules|\.output|\.wxt|\.cache|tests)\//.test(n) || n.startsWith('.')),
    ).toEqual([]);
    // Everything in it is a file git would track: nothing ignored, nothing generated.
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], {
      cwd: ROOT_DIR,
      input: names.join('\n'),
      encoding: 'utf8',
    });
    if (ignored.status !== 127 && ignored.error === undefined) expect(ignored.stdout.trim()).toBe('');
  });
});
