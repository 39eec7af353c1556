// Phone-size screenshots of every screen, light and dark, for looking at
// what a change did: `node scripts/screenshots.mjs [out-dir]` with the
// release build served by scripts/static-server.mjs on port 4173.
import { chromium } from "@playwright/test";
import { CHROMIUM } from "./chromium.mjs";

const out = process.argv[2] ?? "screenshots";
const base = process.env.BASE_URL ?? "http://127.0.0.1:4173/";
const screens = [
  ["bank", "#/", null],
  ["question-open", "#/q/redis-why-fast", "显示完整答案"],
  ["question-choice", "#/q/python-str-assign-error", "显示答案"],
  ["question-ordering", "#/q/python-mro-diamond", "显示答案"],
  ["round", "#/round", null],
  ["settings", "#/settings", null],
];

const browser = await chromium.launch(CHROMIUM);
for (const scheme of ["light", "dark"]) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, colorScheme: scheme });
  for (const [name, hash, reveal] of screens) {
    await page.goto(base + hash);
    await page.waitForSelector("#boot", { state: "detached" });
    if (reveal) await page.getByRole("button", { name: reveal }).click();
    await page.screenshot({ path: `${out}/${name}-${scheme}.png`, fullPage: false });
  }
  await page.close();
}
await browser.close();
