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
export const POLICY_OUT_DIR_NAME = 'chrome-mv3-policy';
export const PLAIN_BUILD_DIR = path.join(ROOT_DIR, '.output', PLAIN_OUT_DIR_NAME);
export const E2E_BUILD_DIR = path.join(ROOT_DIR, '.output', E2E_OUT_DIR_NAME);
export const POLICY_BUILD_DIR = path.join(ROOT_DIR, '.output', POLICY_OUT_DIR_NAME);

/**
 * The policy-test build: the public build (no preset feeds, no host permission) with a fixed
 * manifest `key`, so its id is known before Chromium starts and a policy file can name it. Only
 * the public half exists; nothing is ever signed with it. Its id differs from every other build's
 * (those come from their paths), so a policy written for it changes no other browser's extension.
 */
export const POLICY_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnjl35l0iwIkFYIChWB7BVxD+yxDBrG6C09Jh9J5HTSEXZZmaO9MtWRP14cJzdtlwUbOVEt66/6Db2yg8YEpcglvrp/w8BaGXjJfea+nuSJ3YAgWdNLnr4uwScYDJ6wKw7r776nxJ/l5RwDcDuSXe2wF0IR2m136rzejxmQza45vZY866FZnnfQH4tUgNJwLw05Mcvjx2APS7bhbXUIcr4prZN3smsI31is7tQmQDQ/ANPib0G6WsBPsZFe3ZGlZTQctKc2cd0yCWYl3gTI9G9ZTCetKxSS0ceaP/X6sodNEyF9e5JeMKYWSJHoQ3YEVQlWZMs2Ny+72ui6BWibXUEwIDAQAB';
/** The id Chromium derives from POLICY_MANIFEST_KEY (tests/e2e/policy-chromium.e2e.ts checks it). */
export const POLICY_EXTENSION_ID = 'lbhhljkbdboaiclikicajbhghikolmgo';

/** The bundled demo feed (also what the feed server serves by default in tests). */
export const DEMO_FEED_PATH = path.join(ROOT_DIR, 'assets', 'demo-feed.json');

/** Firefox: the package the store receives (`npm run zip:firefox`, Manifest V2) and its test twin. */
export const FIREFOX_OUT_DIR_NAME = 'firefox-mv2';
export const FIREFOX_E2E_OUT_DIR_NAME = 'firefox-mv2-e2e';
export const FIREFOX_BUILD_DIR = path.join(ROOT_DIR, '.output', FIREFOX_OUT_DIR_NAME);
export const FIREFOX_E2E_BUILD_DIR = path.join(ROOT_DIR, '.output', FIREFOX_E2E_OUT_DIR_NAME);
/** The gecko id of a build made without OWNVOICE_GECKO_ID or OWNVOICE_NAME. */
export const DEFAULT_GECKO_ID = 'ownvoice@ownvoice.app';
