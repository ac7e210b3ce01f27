import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.WARREN_TEST_PORT ?? 3190);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium: browser downloads are impossible on these machines.
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: Number(process.env.WARREN_TEST_WORKERS ?? 2),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json']] : [['list']],
  use: { baseURL, trace: 'retain-on-failure', locale: 'en-US', timezoneId: 'UTC' },
  projects: [
    { name: 'setup', testMatch: /support\/auth\.setup\.ts/ },
    // API clients declare their changes as JSON, with a body or without (Warren refuses others: 415).
    { name: 'api', testMatch: /api\/.*\.spec\.ts/, dependencies: ['setup'], use: { extraHTTPHeaders: { 'content-type': 'application/json' } } },
    { name: 'browser', testMatch: /^(?!.*(api|outage|fuzz)\/).*\.spec\.ts$/, use: chromium, dependencies: ['setup'] },
    // Hostile requests to every route; checks that nothing outside its own vhost changed, so it
    // runs when no other spec writes.
    { name: 'fuzz', testMatch: /fuzz\/.*\.spec\.ts/, dependencies: ['api', 'browser'] },
    // Stops and restarts the broker, then raises a memory alarm (which blocks every publisher):
    // each runs alone, after everything else and after each other.
    { name: 'outage', testMatch: /outage\/broker-outage\.spec\.ts/, use: chromium, dependencies: ['api', 'browser', 'fuzz'] },
    { name: 'alarm', testMatch: /outage\/memory-alarm\.spec\.ts/, use: chromium, dependencies: ['outage'] },
  ],
  webServer: {
    // Warren's production server, as `npm start` runs it (server.mjs).
    command: 'node server.mjs',
    env: { ...(process.env as Record<string, string>), PORT: String(port), HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
    url: `${baseURL}/login`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
