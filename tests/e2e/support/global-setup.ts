import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  E2E_BUILD_DIR,
  E2E_FEED_URL,
  E2E_OUT_DIR_NAME,
  PLAIN_BUILD_DIR,
  POLICY_BUILD_DIR,
  POLICY_MANIFEST_KEY,
  POLICY_OUT_DIR_NAME,
  ROOT_DIR,
} from './constants';

/** One WXT build variant: env it adds, and where the result lands. */
export interface Variant {
  name: string;
  env: Record<string, string>;
  outDir: string;
  /** Default chrome. */
  browser?: 'chrome' | 'firefox';
}

export const VARIANTS: readonly Variant[] = [
  { name: 'plain', env: {}, outDir: PLAIN_BUILD_DIR },
  {
    name: 'e2e preset',
    env: { OWNVOICE_FEEDS: E2E_FEED_URL, OWNVOICE_OUT_DIR: E2E_OUT_DIR_NAME, OWNVOICE_TEST_LINKEDIN: '1' },
    outDir: E2E_BUILD_DIR,
  },
  {
    name: 'policy (public build with a fixed key)',
    env: { OWNVOICE_MANIFEST_KEY: POLICY_MANIFEST_KEY, OWNVOICE_OUT_DIR: POLICY_OUT_DIR_NAME },
    outDir: POLICY_BUILD_DIR,
  },
];

/** Env of the caller minus anything that would change a variant (a stray OWNVOICE_FEEDS must not leak into the plain build). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const variantKeys = new Set([
    'OWNVOICE_FEEDS',
    'OWNVOICE_OUT_DIR',
    'OWNVOICE_NAME',
    'OWNVOICE_TEST_LINKEDIN',
    'OWNVOICE_MANIFEST_KEY',
    'OWNVOICE_GECKO_ID',
  ]);
  // Vitest sets NODE_ENV=test; WXT must make a production build.
  const inherited = Object.entries(process.env).filter(
    ([key]) => !variantKeys.has(key) && key !== 'NODE_ENV',
  );
  return { ...Object.fromEntries(inherited), NO_COLOR: '1', ...extra };
}

/** Runs `npx wxt build` with the variant's env; rejects with the build output on failure. */
export function buildVariant(variant: Variant): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      ['wxt', 'build', ...(variant.browser === 'firefox' ? ['-b', 'firefox'] : [])],
      {
        cwd: ROOT_DIR,
        env: cleanEnv(variant.env),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && existsSync(`${variant.outDir}/manifest.json`)) resolve();
      else reject(new Error(`wxt build (${variant.name}) failed with exit code ${code}:\n${output}`));
    });
  });
}

/**
 * Vitest global setup: builds every variant once per run, one after another (WXT regenerates
 * `.wxt/` on each build). `OWNVOICE_E2E_SKIP_BUILD=1` reuses existing builds and builds only
 * the missing ones.
 */
export default async function setup(): Promise<void> {
  await buildAll(VARIANTS);
}

/** Builds each variant in turn (skipping existing ones under OWNVOICE_E2E_SKIP_BUILD=1). */
export async function buildAll(variants: readonly Variant[]): Promise<void> {
  const skip = process.env.OWNVOICE_E2E_SKIP_BUILD === '1';
  for (const variant of variants) {
    if (skip && existsSync(`${variant.outDir}/manifest.json`)) continue;
    const started = Date.now();
    await buildVariant(variant);
    console.log(`[e2e] built ${variant.name} → ${variant.outDir} in ${Date.now() - started} ms`);
  }
}
