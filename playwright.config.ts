import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://localhost:${port}`;

// Debian's Chromium (apt-get install chromium); `npx playwright install` cannot download here.
const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

// The suites that run on the security server (e2e/security/fixture.ts), not the shared one.
const MATRIX_SERVER = [
  /security-matrix\.spec\.ts/,
  /security-fuzz\.spec\.ts/,
  /reach\.spec\.ts/,
  /reach-reports\.spec\.ts/,
];

export default defineConfig({
  testDir: "e2e",
  testIgnore: ["bench/**"],
  fullyParallel: false,
  // Two at a time, one per server: the journeys share the e2e server and its database, so they run one after
  // another ("chromium", "cohort-completion"); the suites on the security server (its own database, E2E_PORT +
  // 100) run beside them ("matrix-server").
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup"],
      testIgnore: [/participants\.spec\.ts/, ...MATRIX_SERVER],
      workers: 1,
    },
    { name: "matrix-server", use: { ...devices["Desktop Chrome"] }, testMatch: MATRIX_SERVER, workers: 1 },
    // The participants journey completes CPI 2027 (its participants graduate or not), so it runs after
    // every journey that needs that cohort open.
    {
      name: "cohort-completion",
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["chromium"],
      testMatch: /participants\.spec\.ts/,
      workers: 1,
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "pipe",
    env: { E2E_PORT: port },
  },
});
