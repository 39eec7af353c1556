import { test, expect, open } from "./fixtures";
import type { Page } from "@playwright/test";
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Stores `value` under `key` before the app's first load only, as an earlier visit would have. */
async function seedOnce(page: Page, key: string, value: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem(key, value);
      }
    },
    [key, value],
  );
}

/** The values kept aside from `key`, as they were. */
const keptAside = (page: Page, key: string) =>
  page.evaluate(
    (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.unreadable.`)).map((k) => localStorage.getItem(k)),
    key,
  );

/** Starts a quick round and waits for its first question. */
async function startQuickRound(page: Page) {
  await open(page, "#/round");
  await page.getByRole("button", { name: /快速开始/ }).click();
  await expect(page.getByRole("timer")).toBeVisible();
}

async function endRound(page: Page) {
  await page.getByRole("button", { name: "暂停" }).click();
  await page.getByRole("button", { name: "结束本轮，查看结果" }).click();
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
}

/** Fills localStorage to the browser's real quota. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${i++}`, "x".repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

test("blocked storage: the app works in memory and says so", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await startQuickRound(page);
  await expect(page.getByRole("alert")).toContainText("浏览器禁止了本地存储");
  await endRound(page);
  await page.getByRole("link", { name: "回到模拟面试" }).click();
  await expect(page.locator(".history-row")).toHaveCount(1);
  await page.goto("./#/settings");
  await expect(page.locator(".storage-usage")).toContainText("浏览器禁止了本地存储");
});

test("storage full before the round: a clear notice, and the round goes on", async ({ page }) => {
  await open(page);
  await fillStorage(page);
  await startQuickRound(page);
  await expect(page.getByRole("alert")).toContainText("保存失败");
  await endRound(page);
});

test("storage full during the round: the last good save stays, and saving resumes once there is room", async ({ page }) => {
  await startQuickRound(page);
  const saved = await page.evaluate(() => localStorage.getItem("drill.round.current"));
  expect(JSON.parse(saved!).v).toBe(1);
  await fillStorage(page);
  await page.getByRole("button", { name: "暂停" }).click();
  await expect(page.getByRole("alert")).toContainText("保存失败");
  expect(await page.evaluate(() => localStorage.getItem("drill.round.current"))).toBe(saved);
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)));
  await page.getByRole("button", { name: "继续作答" }).click();
  const resumed = JSON.parse((await page.evaluate(() => localStorage.getItem("drill.round.current")))!);
  expect(resumed.data.pauses).toBe(1);
  await page.reload();
  await expect(page.getByRole("timer")).toBeVisible();
});

test("a corrupt saved value is kept aside untouched, reported, and not overwritten", async ({ page }) => {
  await seedOnce(page, "drill.round.history", "{broken json");
  await open(page, "#/round");
  await expect(page.getByRole("alert")).toContainText("无法读取");
  expect(await keptAside(page, "drill.round.history")).toEqual(["{broken json"]);
  await page.getByRole("button", { name: /快速开始/ }).click();
  await endRound(page);
  const history = JSON.parse((await page.evaluate(() => localStorage.getItem("drill.round.history")))!);
  expect(history.data).toHaveLength(1);
  expect(await keptAside(page, "drill.round.history")).toHaveLength(1);
});

test("a review log cut short is kept aside exactly as it was, and reported", async ({ page }) => {
  // The current form, cut off in the middle of its numbers.
  const cut = '{"v":2,"data":"python-gil !\u0800\u0800\u2800';
  await seedOnce(page, "drill.log", cut);
  await open(page, "#/review");
  await expect(page.getByRole("alert")).toContainText("无法读取");
  expect(await keptAside(page, "drill.log")).toEqual([cut]);
  expect(await page.evaluate(() => localStorage.getItem("drill.log"))).toBeNull();
});

test("data from a newer version is kept aside exactly as it was", async ({ page }) => {
  const future = JSON.stringify({ v: 99, data: { shape: "from the future" } });
  await seedOnce(page, "drill.round.current", future);
  await open(page, "#/round");
  await expect(page.getByRole("alert")).toContainText("更新版本");
  expect(await keptAside(page, "drill.round.current")).toEqual([future]);
  await expect(page.getByRole("button", { name: /快速开始/ })).toBeVisible();
});

test("two tabs: one round runs in one tab at a time, and both tabs' rounds are kept", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await startQuickRound(a);
  await open(b, "#/round");
  await expect(b.getByRole("heading", { name: "这一轮正在另一个标签页进行" })).toBeVisible();
  await b.getByRole("button", { name: "在这里继续" }).click();
  await expect(b.getByRole("timer")).toBeVisible();
  await expect(a.getByRole("heading", { name: "这一轮正在另一个标签页进行" })).toBeVisible();
  await endRound(b);
  // Tab A, whose history in memory is older, runs and ends a round of its own.
  await a.goto("./#/round");
  await a.getByRole("button", { name: /快速开始/ }).click();
  await endRound(a);
  await a.getByRole("link", { name: "回到模拟面试" }).click();
  await expect(a.locator(".history-row")).toHaveCount(2);
  await b.getByRole("link", { name: "回到模拟面试" }).click();
  await expect(b.locator(".history-row")).toHaveCount(2);
});

test("script and javascript: strings in notes stay text", async ({ page }) => {
  await open(page, "#/round");
  await page.getByRole("button", { name: "自定义一轮…" }).click();
  await page.locator("form.composer label.pill", { hasText: "只要问答" }).click();
  await page.getByRole("button", { name: "开始这一轮" }).click();
  const evil = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> javascript:alert(1)`;
  await page.locator(".notes textarea").fill(evil);
  await page.getByRole("button", { name: "显示答案" }).click();
  await expect(page.locator(".my-notes p")).toHaveText(evil);
  await expect(page.locator(".my-notes img, .my-notes script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test("the release build carries a Content-Security-Policy", async ({ page }) => {
  await open(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy).not.toContain("unsafe-inline");
});

test("after the first visit the app opens and works offline", async ({ page, context }) => {
  await open(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("#boot")).toHaveCount(0);
  expect(await page.locator(".question-list .question-row").count()).toBeGreaterThanOrEqual(10);
  await page.goto("./#/q/redis-why-fast");
  await expect(page.locator(".prompt")).toContainText("Redis");
  await context.setOffline(false);
});

test("a new version found mid-round waits for the round to end, then updates on request", async ({ page }, info) => {
  // A server of our own, so this test can publish a new version.
  const dir = mkdtempSync(join(tmpdir(), "drill-dist-"));
  cpSync("dist", dir, { recursive: true });
  const port = 4300 + info.workerIndex + (info.project.name.includes("subpath") ? 50 : 0);
  const server = spawn("node", ["scripts/static-server.mjs"], { env: { ...process.env, PORT: String(port), DIST_DIR: dir } });
  try {
    await new Promise((resolve) => server.stdout.once("data", resolve));
    const base = `http://127.0.0.1:${port}/`;
    await page.goto(base);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.goto(`${base}#/round`);
    await page.getByRole("button", { name: /快速开始/ }).click();
    const prompt = await page.locator(".prompt").textContent();

    appendFileSync(join(dir, "sw.js"), "\n// a new version\n");
    // The precompressed copies would still hold the old version.
    rmSync(join(dir, "sw.js.br"));
    rmSync(join(dir, "sw.js.gz"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(page.getByText("新版本已下载，本轮结束后即可更新。")).toBeVisible();
    await page.waitForTimeout(500);
    await expect(page.locator(".prompt")).toHaveText(prompt!);

    await endRound(page);
    await expect(page.getByText("面试演练有新版本。")).toBeVisible();
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "更新" }).click()]);
    await expect(page.locator("#boot")).toHaveCount(0);
    await expect(page.getByText("面试演练有新版本。")).toHaveCount(0);
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting)).toBe(false);
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
