import { defineConfig } from 'vitest/config';

// E2E in Firefox: the Firefox package in Debian's firefox-esr (puppeteer-core over WebDriver
// BiDi), servers on 127.0.0.1. One file at a time, one Firefox launch per file.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e-firefox/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.cache/test-results/e2e-firefox.json' },
    hookTimeout: 120_000,
  },
});
