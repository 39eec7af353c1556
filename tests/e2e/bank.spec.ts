import { test, expect, open, rows } from "./fixtures";

/** Rows the list draws at a time. */
const PAGE = 10;

test("boots into the bank with no console error", async ({ page, errors }) => {
  await open(page);
  await expect(page.getByRole("heading", { level: 1, name: /题库/ })).toBeVisible();
  expect(await rows(page).count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link")).toHaveCount(5);
  expect(errors).toEqual([]);
});

test("the static first screen shows the real list before the app, and nothing shifts when it takes over", async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as any[]) (window as any).__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  // Hold the wasm back to see what a slow connection shows first.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(page.locator("#boot")).toContainText("正在加载");
  await expect(page.locator("#boot .tabs")).toBeVisible();
  const early = page.locator("#boot .question-row");
  await expect(early).toHaveCount(PAGE);
  const earlyTitles = await early.locator(".question-title").allTextContents();
  const earlyBox = await early.first().boundingBox();
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(rows(page).first()).toBeVisible();
  // The app draws the very rows the first screen showed, in the same place.
  expect(await rows(page).locator(".question-title").allTextContents()).toEqual(earlyTitles);
  expect(await rows(page).first().boundingBox()).toEqual(earlyBox);
  expect(await page.evaluate(() => (window as any).__shift)).toBe(0);
});

test("a topic chip shows only that topic, and its count is right", async ({ page }) => {
  await open(page);
  const chip = page.locator(".chips .chip").nth(1);
  const name = (await chip.evaluate((el) => el.firstChild?.textContent ?? "")).trim();
  const count = Number(await chip.locator(".count").textContent());
  await chip.click();
  await expect(chip).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".result-count")).toHaveText(`找到 ${count} 题`);
  await expect(rows(page)).toHaveCount(Math.min(count, PAGE));
  for (const topic of await rows(page).locator(".badge.topic").allTextContents()) expect(topic).toBe(name);
  await chip.click();
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".result-count")).toContainText("全部");
});

test("search finds Chinese text in questions and answers, and clears", async ({ page }) => {
  await open(page);
  const all = await rows(page).count();
  await page.getByRole("searchbox", { name: "搜索题目和答案" }).fill("排行榜");
  await expect(page.getByRole("status")).toContainText("找到");
  const found = await rows(page).count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(all);
  await expect(rows(page).filter({ hasText: "排行榜" }).first()).toBeVisible();

  await page.getByRole("searchbox").fill("这个词不会出现在题库里");
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText("没有找到匹配的题目")).toBeVisible();
  await page.getByRole("button", { name: "清除搜索和筛选" }).click();
  await expect(rows(page)).toHaveCount(all);
  await expect(page.getByRole("searchbox")).toHaveValue("");
});

test("search matches answer text that is not in the question", async ({ page }) => {
  await open(page);
  // ZADD is how a leaderboard is written, but no question asks "ZADD?".
  await page.getByRole("searchbox").fill("zadd");
  expect(await rows(page).count()).toBeGreaterThan(0);
});

test("type and difficulty filters combine", async ({ page }) => {
  await open(page);
  await page.getByRole("combobox", { name: "题型" }).selectOption({ label: "单选" });
  await page.getByRole("combobox", { name: "难度" }).selectOption({ label: "基础" });
  const count = await rows(page).count();
  expect(count).toBeGreaterThan(0);
  for (const row of await rows(page).all()) {
    await expect(row.locator(".badge")).toContainText(["单选", "基础"]);
  }
});

test("filters survive opening a question and coming back", async ({ page }) => {
  await open(page);
  await page.getByRole("searchbox").fill("GIL");
  const count = await rows(page).count();
  await rows(page).first().click();
  await expect(page.locator(".question-page")).toBeVisible();
  await page.getByRole("link", { name: "‹ 题库" }).click();
  await expect(page.getByRole("searchbox")).toHaveValue("GIL");
  await expect(rows(page)).toHaveCount(count);
});

test("the list draws a page at a time, more as its end scrolls near, and keeps them across a question", async ({
  page,
}) => {
  await open(page);
  const total = Number((await page.locator(".result-count").textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(100);
  await expect(rows(page)).toHaveCount(PAGE);
  await expect(page.locator(".show-more")).toHaveText(`再显示 ${PAGE} 题（还有 ${total - PAGE} 题）`);

  // Scrolling towards the end draws the next page without a tap.
  await rows(page).last().scrollIntoViewIfNeeded();
  await expect.poll(() => rows(page).count()).toBeGreaterThanOrEqual(2 * PAGE);
  const opened = await rows(page).count();
  await rows(page).nth(PAGE + PAGE / 2).click();
  await expect(page.locator(".question-page")).toBeVisible();
  await page.goBack();
  await expect(page.locator(".bank")).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await rows(page).count()).toBeGreaterThanOrEqual(opened);
  const kept = await rows(page).count();

  // A search starts at its first page; clearing it goes back to the
  // unfiltered list as far as it had been opened.
  await page.getByRole("searchbox").fill("e");
  await expect(page.locator(".result-count")).toContainText("找到");
  await expect(rows(page)).toHaveCount(PAGE);
  await page.getByRole("searchbox").fill("");
  await expect(rows(page)).toHaveCount(kept);

  // The button reaches every question too (scrolling to it may draw the
  // next page first, and the last page removes it).
  const more = page.locator(".show-more");
  while ((await rows(page).count()) < total) await more.click({ timeout: 2_000 }).catch(() => {});
  await expect(rows(page)).toHaveCount(total);
  await expect(more).toHaveCount(0);
});
