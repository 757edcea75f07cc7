import { defineConfig } from '@playwright/test';

// Debian's Chromium: browser downloads are impossible on the build machines, and `npx playwright install` is never run.
const chromium = process.env.MERIDIAN_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  // Each spec starts its own demo platform and console; one at a time keeps a 2-core machine responsive.
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    colorScheme: 'dark',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
