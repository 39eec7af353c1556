import { defineConfig } from "@playwright/test";
import { CHROMIUM_FOR_TESTS } from "./scripts/chromium.mjs";

const port = 4173;

const chromium = {
  browserName: "chromium" as const,
  launchOptions: CHROMIUM_FOR_TESTS,
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "zh-CN",
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores build and test at once in CI; give each test room.
  timeout: 60_000,
  workers: 2,
  reporter: [["list"]],
  use: { ...chromium, trace: "retain-on-failure" },
  webServer: {
    command: `node scripts/static-server.mjs`,
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port), DIST_DIR: "dist" },
    reuseExistingServer: !process.env.CI,
  },
  projects: [
    { name: "phone", use: { baseURL: `http://127.0.0.1:${port}/` } },
    { name: "phone-subpath", use: { baseURL: `http://127.0.0.1:${port}/some/sub/path/` } },
  ],
});
