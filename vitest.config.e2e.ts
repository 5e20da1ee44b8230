import { defineConfig } from 'vitest/config';

// E2E: the production build in real Chromium (playwright-core), servers on 127.0.0.1.
// One file at a time: each launches its own browser and the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.cache/test-results/e2e.json' },
    hookTimeout: 120_000,
  },
});
