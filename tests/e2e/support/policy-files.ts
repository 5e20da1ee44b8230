/**
 * Real enterprise policy files, as IT writes them (STYLE.md, "Real policies"):
 * - Chromium reads every `*.json` in /etc/chromium/policies/managed/, and an extension's policy is
 *   `{"3rdparty": {"extensions": {"<extension id>": {…}}}}` (chromium.org, "Configuring Apps and
 *   Extensions by Policy"), validated against the extension's `storage.managed_schema`.
 * - Firefox reads `distribution/policies.json` beside its binary, where an extension's policy is
 *   `{"policies": {"3rdparty": {"Extensions": {"<gecko id>": {…}}}}}` (mozilla/policy-templates,
 *   "3rdparty"); `browser.storage.managed` answers with that object.
 * Both places are machine-wide and need root. Every writer here returns a function that puts the
 * machine back as it found it; tests call it in `finally`/`afterAll`.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
/** Distinct from any file IT (or another test) would write there. */
export const CHROMIUM_POLICY_FILE = path.join(CHROMIUM_POLICY_DIR, 'ownvoice-e2e-policy.json');

/** Why policy files cannot be written in `dir`, or null when they can. Creates nothing. */
export function policyFilesUnavailable(dir: string): string | null {
  if (process.getuid?.() !== 0) return `not running as root (uid ${process.getuid?.() ?? '?'})`;
  // The nearest folder that exists is where root would create the rest.
  let existing = dir;
  while (!existsSync(existing)) existing = path.dirname(existing);
  try {
    accessSync(existing, constants.W_OK);
    return null;
  } catch (error) {
    return `cannot write ${existing}: ${String(error)}`;
  }
}

/** Creates `dir` as needed; the returned function removes the folders it created, if still empty. */
function makeDirs(dir: string): () => void {
  const first = mkdirSync(dir, { recursive: true });
  return () => {
    if (first === undefined) return;
    for (let at = dir; at.length >= first.length; at = path.dirname(at)) {
      if (readdirSync(at).length > 0) return;
      rmdirSync(at);
    }
  };
}

/** Writes the Chromium policy for one extension; the returned function removes it (and any folder it made). */
export function writeChromiumPolicy(extensionId: string, policy: Record<string, unknown>): () => void {
  const removeDirs = makeDirs(CHROMIUM_POLICY_DIR);
  writeFileSync(
    CHROMIUM_POLICY_FILE,
    JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }),
  );
  let removed = false;
  return () => {
    if (removed) return;
    removed = true;
    rmSync(CHROMIUM_POLICY_FILE, { force: true });
    removeDirs();
  };
}

/** `distribution/` beside the real Firefox binary (Debian: /usr/lib/firefox-esr → /usr/share/…). */
export function firefoxDistributionDir(executablePath: string): string {
  return path.join(path.dirname(realpathSync(executablePath)), 'distribution');
}

/**
 * Writes Firefox's policies.json with one extension's 3rdparty policy. Firefox has one such
 * file: one that was already there is kept aside and put back by the returned function.
 */
export function writeFirefoxPolicy(
  executablePath: string,
  geckoId: string,
  policy: Record<string, unknown>,
): () => void {
  const dir = firefoxDistributionDir(executablePath);
  const removeDirs = makeDirs(dir);
  const file = path.join(realpathSync(dir), 'policies.json');
  const previous = existsSync(file) ? readFileSync(file) : undefined;
  writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [geckoId]: policy } } } }));
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    if (previous === undefined) rmSync(file, { force: true });
    else writeFileSync(file, previous);
    removeDirs();
  };
}
