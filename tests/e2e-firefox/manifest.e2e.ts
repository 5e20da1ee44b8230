/**
 * The Firefox package as the store receives it (`npm run zip:firefox` builds the same thing:
 * WXT's default for Firefox, Manifest V2). Firefox MV2 has no optional_host_permissions, so the
 * feed origins are optional permissions there; nothing is a host permission at install.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GECKO_ID, FIREFOX_BUILD_DIR, FIREFOX_E2E_BUILD_DIR } from '../e2e/support/constants';

interface FirefoxManifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: unknown[];
  web_accessible_resources?: unknown[];
  content_security_policy?: unknown;
  background?: { scripts?: string[]; service_worker?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  storage?: unknown;
  key?: string;
}

const read = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as FirefoxManifest;
const API_PERMISSIONS = ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];

describe('Firefox package (.output/firefox-mv2)', () => {
  const manifest = read(FIREFOX_BUILD_DIR);

  it('is Manifest V2 with a background page, as the store receives it', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.background?.scripts).toEqual(['background.js']);
  });

  it('holds no host permission at install: only the API permissions it uses', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(API_PERMISSIONS);
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('asks for feed origins and notifications only at runtime', () => {
    expect(manifest.optional_permissions).toEqual([
      'https://*/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
      'notifications',
    ]);
  });

  it('injects nothing, exposes only the panel page and narrows the default Content Security Policy', () => {
    expect(manifest.content_scripts).toBeUndefined();
    // Only the LinkedIn panel's page, which the page script frames (an MV2 list: web-accessible to
    // every page, at this install's random moz-extension UUID; README, Privacy).
    expect(manifest.web_accessible_resources).toEqual(['panel.html']);
    // The default plus connect-src: connections only where a feed may live (wxt.config.ts).
    expect(manifest.content_security_policy).toBe(
      "script-src 'self'; object-src 'self'; connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    );
  });

  it('carries Ownvoice’s gecko id and no Chromium-only keys', () => {
    expect(manifest.browser_specific_settings?.gecko).toEqual({
      id: DEFAULT_GECKO_ID,
      strict_min_version: '115.0',
    });
    expect(manifest.storage).toBeUndefined();
    expect(manifest.key).toBeUndefined();
  });
});

describe('Firefox e2e build (.output/firefox-mv2-e2e)', () => {
  it('differs from the package only by www.linkedin.com at install', () => {
    const plain = read(FIREFOX_BUILD_DIR);
    const e2e = read(FIREFOX_E2E_BUILD_DIR);
    expect(e2e.permissions).toEqual([...(plain.permissions ?? []), 'https://www.linkedin.com/*']);
    expect({ ...e2e, permissions: undefined }).toEqual({ ...plain, permissions: undefined });
  });
});
