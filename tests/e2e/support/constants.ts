import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project root (this file lives in tests/e2e/support). */
export const ROOT_DIR = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Fixed port of the feed server the e2e build is pre-subscribed to (baked in at build time).
 * `OWNVOICE_E2E_PORT` moves it, so two checkouts can run their suites on one machine at once.
 */
export const FEED_SERVER_PORT = Number(process.env.OWNVOICE_E2E_PORT ?? 47831);
export const FEED_SERVER_HOST = '127.0.0.1';
/** The feed URL the e2e build is pre-subscribed to (`OWNVOICE_FEEDS`). */
export const E2E_FEED_URL = `http://${FEED_SERVER_HOST}:${FEED_SERVER_PORT}/feed.json`;

/** `OWNVOICE_OUT_DIR` of each variant build, and where WXT writes it. */
export const PLAIN_OUT_DIR_NAME = 'chrome-mv3';
export const E2E_OUT_DIR_NAME = 'chrome-mv3-e2e';
export const PLAIN_BUILD_DIR = path.join(ROOT_DIR, '.output', PLAIN_OUT_DIR_NAME);
export const E2E_BUILD_DIR = path.join(ROOT_DIR, '.output', E2E_OUT_DIR_NAME);

/** The bundled demo feed (also what the feed server serves by default in tests). */
export const DEMO_FEED_PATH = path.join(ROOT_DIR, 'assets', 'demo-feed.json');
