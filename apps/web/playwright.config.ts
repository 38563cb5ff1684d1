import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the web app (`npm run test:web`, which builds first): Debian's Chromium
 * (no browser download) against the real API and worker started from dist/ on a throwaway,
 * seeded database, real Redis and a local SMTP sink (e2e/global-setup.ts).
 * One worker: the machine has two cores shared with PostgreSQL, Redis, the API and the worker.
 */
export default defineConfig({
  testDir: './e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
    actionTimeout: 15_000,
    trace: 'retain-on-failure',
  },
  outputDir: '../../var/playwright',
});
