/**
 * `npm start`: builds the demo edition (pre-subscribed to the bundled demo feed) and opens it in
 * Chromium with a throwaway profile, popup and options pages in tabs. The browser stays open
 * until you close it or press Ctrl+C; the profile is removed either way.
 *
 *   npm start                      needs a display (Linux: X11 or Wayland)
 *   xvfb-run -a npm start          on a machine without one
 *   OWNVOICE_HEADLESS=1 npm start  headless: checks the pages load, then waits for Ctrl+C
 *   CHROMIUM_PATH=/path/to/chrome  another Chromium-based browser
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtension, type LaunchedExtension } from './launch-chromium';

const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR_NAME = 'chrome-mv3-demo';
const EXTENSION_DIR = path.join(ROOT_DIR, '.output', OUT_DIR_NAME);
const PAGES = ['popup.html', 'options.html'];

const headless = process.env.OWNVOICE_HEADLESS === '1';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function findOnPath(name: string): string | undefined {
  const result = spawnSync('which', [name], { encoding: 'utf8' });
  const found = result.status === 0 ? result.stdout.trim() : '';
  return found || undefined;
}

function findChromium(): string {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH))
      fail(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
    return process.env.CHROMIUM_PATH;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = findOnPath(name);
    if (found) return found;
  }
  fail(
    'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.',
  );
}

function buildDemo(): Promise<void> {
  console.log(`Building the demo edition into .output/${OUT_DIR_NAME} …`);
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['wxt', 'build'], {
      cwd: ROOT_DIR,
      env: { ...process.env, OWNVOICE_FEEDS: 'demo', OWNVOICE_OUT_DIR: OUT_DIR_NAME },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`wxt build exited with ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  if (!headless && !hasDisplay()) {
    fail(
      'No display found (DISPLAY and WAYLAND_DISPLAY are unset).\n' +
        'Run it under a virtual display:  xvfb-run -a npm start\n' +
        '(Debian/Ubuntu: sudo apt-get install -y xvfb), or check it headless:  OWNVOICE_HEADLESS=1 npm start',
    );
  }
  const executablePath = findChromium();
  await buildDemo();

  console.log(`Starting ${executablePath}${headless ? ' (headless)' : ''} …`);
  const ext: LaunchedExtension = await launchExtension(EXTENSION_DIR, {
    executablePath,
    headless,
    // A real window: pages take the window's size, and no "controlled by automated software" bar.
    // Our own signal handlers close the browser and then remove the profile; Playwright's would exit first.
    contextOptions: { viewport: null, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false },
    ignoreDefaultArgs: ['--enable-automation'],
  });

  let exiting = false;
  const shutdown = async (code: number) => {
    if (exiting) return;
    exiting = true;
    await ext.close().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));
  process.on('SIGHUP', () => void shutdown(129));
  // Closing the last window ends the browser, and the session with it.
  ext.context.on('close', () => void shutdown(0));

  // Reuse the blank first tab for the popup, then add the others.
  const [blank] = ext.context.pages();
  for (const [index, pagePath] of PAGES.entries()) {
    const page = index === 0 && blank ? blank : await ext.context.newPage();
    await page.goto(ext.extensionUrl(pagePath));
    const title = await page.title();
    console.log(`  ${ext.extensionUrl(pagePath)}  "${title}"`);
  }
  console.log(`\nOwnvoice demo is running (extension id ${ext.extensionId}).`);
  console.log(headless ? 'Press Ctrl+C to stop.' : 'Close the browser or press Ctrl+C to stop.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
