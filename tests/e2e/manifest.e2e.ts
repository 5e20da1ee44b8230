import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR, PLAIN_BUILD_DIR, POLICY_BUILD_DIR, POLICY_MANIFEST_KEY } from './support/constants';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: unknown[];
  web_accessible_resources?: Array<{ resources: string[]; use_dynamic_url?: boolean }>;
  commands?: Record<string, { suggested_key?: { default?: string } }>;
}

const API_PERMISSIONS = ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

describe('plain build (.output/chrome-mv3)', () => {
  const manifest = readManifest(PLAIN_BUILD_DIR);

  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it('asks for no host at install time', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('asks for exactly the API permissions it uses', () => {
    // activeTab + scripting: the overlay goes into one LinkedIn tab when the employee asks.
    expect([...(manifest.permissions ?? [])].sort()).toEqual(API_PERMISSIONS);
  });

  it('declares nothing for linkedin.com: the overlay needs the employee to ask first', () => {
    const all = JSON.stringify([manifest.host_permissions, manifest.content_scripts, manifest.permissions]);
    expect(all).not.toContain('linkedin');
  });

  it('offers Alt+Shift+O to open the overlay', () => {
    expect(manifest.commands?.['open-overlay']?.suggested_key?.default).toBe('Alt+Shift+O');
  });

  it('can ask for any https feed origin at runtime', () => {
    expect(manifest.optional_host_permissions).toContain('https://*/*');
  });

  it('asks for notifications only when the employee first sets a reminder', () => {
    expect((manifest as { optional_permissions?: string[] }).optional_permissions).toEqual(['notifications']);
    expect(manifest.permissions).not.toContain('notifications');
  });

  it('injects nothing into pages by itself', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('exposes no web-accessible resource a page could probe', () => {
    const probeable = (manifest.web_accessible_resources ?? []).filter(
      (entry) => entry.use_dynamic_url !== true,
    );
    expect(probeable).toEqual([]);
  });
});

// Issue 9: the whole permission surface, fixed. README.md's Privacy section lists the same set.
describe('permission set of the plain build (exact)', () => {
  const manifest = readManifest(PLAIN_BUILD_DIR) as Manifest & Record<string, unknown>;

  it('is exactly this, and nothing else widens it', () => {
    expect({
      permissions: [...(manifest.permissions ?? [])].sort(),
      optional_permissions: manifest.optional_permissions,
      host_permissions: manifest.host_permissions ?? [],
      optional_host_permissions: manifest.optional_host_permissions,
      content_scripts: manifest.content_scripts ?? [],
      web_accessible_resources: manifest.web_accessible_resources ?? [],
      externally_connectable: manifest.externally_connectable,
      content_security_policy: manifest.content_security_policy,
    }).toEqual({
      permissions: API_PERMISSIONS,
      optional_permissions: ['notifications'],
      host_permissions: [],
      optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
      content_scripts: [],
      // The LinkedIn panel's page, framed by the page script: only on linkedin.com, and only at a
      // per-session random address, so no page can probe for the extension with it.
      web_accessible_resources: [
        { resources: ['panel.html'], matches: ['https://www.linkedin.com/*'], use_dynamic_url: true },
      ],
      externally_connectable: undefined,
      // Narrower than MV3's default: connections only where a feed may live (wxt.config.ts).
      content_security_policy: {
        extension_pages:
          "script-src 'self'; object-src 'self'; connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
      },
    });
  });

  it("does not take over a browser page (chrome_url_overrides replaces the browser's own)", () => {
    expect(manifest.chrome_url_overrides).toBeUndefined();
  });
});

describe('e2e preset build (.output/chrome-mv3-e2e)', () => {
  const manifest = readManifest(E2E_BUILD_DIR);

  it('may fetch its preset feed on 127.0.0.1 without asking', () => {
    expect(manifest.host_permissions).toContain('http://127.0.0.1/*');
  });

  it('keeps the same API permissions as the plain build', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(API_PERMISSIONS);
  });
});

describe('policy-test build (.output/chrome-mv3-policy)', () => {
  const manifest = readManifest(POLICY_BUILD_DIR) as Manifest & { key?: string };
  const plain = readManifest(PLAIN_BUILD_DIR) as Manifest & { key?: string };

  it('is the plain build plus a fixed key, so a policy file can name its id', () => {
    expect(manifest.key).toBe(POLICY_MANIFEST_KEY);
    const { key: _key, ...rest } = manifest;
    expect(rest).toEqual(plain);
  });

  it('the store build carries no key (the store assigns the id)', () => {
    expect(plain.key).toBeUndefined();
  });
});
