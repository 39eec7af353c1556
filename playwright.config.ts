import { defineConfig } from "@playwright/test";

const port = 4173;

// Debian's Chromium; Playwright's own browser download is not reachable here.
const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-gpu",
      // A fake microphone that needs no permission prompt, for the recorder.
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
    ],
  },
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
    command: `node tests/static-server.mjs`,
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port), DIST_DIR: "dist" },
    reuseExistingServer: !process.env.CI,
  },
  projects: [
    { name: "phone", use: { baseURL: `http://127.0.0.1:${port}/` } },
    { name: "phone-subpath", use: { baseURL: `http://127.0.0.1:${port}/some/sub/path/` } },
  ],
});
