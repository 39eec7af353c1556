import type { Page } from "@playwright/test";
import { test, expect, open, playOpenRound } from "./fixtures";

const T0 = new Date("2026-11-26T09:00:00+08:00");

test("answering questions fills the statistics", async ({ page, errors }) => {
  await page.clock.install({ time: T0 });
  await open(page, "#/stats");
  const main = page.locator("main");
  await expect(page.getByRole("heading", { level: 1, name: "统计" })).toBeVisible();
  await expect(main.getByText("还没有练习记录")).toBeVisible();
  await expect(main.locator("svg")).toHaveCount(0);
  await expect(main.getByRole("link", { name: "去复习" })).toHaveAttribute("href", "#/review");
  await main.getByRole("link", { name: "去模拟面试" }).click();

  await playOpenRound(page, "会");
  const topics = await page.locator(".topic-bars .topic-name").allTextContents();
  expect(topics.length).toBeGreaterThan(0);

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "统计" }).click();
  await expect(main.getByText("还没有练习记录")).toHaveCount(0);
  await expect(page.locator(".stat", { hasText: "连续练习" }).locator(".stat-value")).toHaveText("1 天");
  await expect(page.locator(".stat", { hasText: "累计答题" }).locator(".stat-value")).toHaveText("5 题");

  const calendar = page.getByRole("img", { name: /练习日历/ });
  await expect(calendar).toHaveAttribute("aria-label", /今天答了 5 题/);
  await expect(calendar.locator("rect.today")).toHaveClass(/level-4/);
  expect(await calendar.locator("rect.heat:not(.level-0)").count()).toBe(1 + 4); // today and the legend

  const mastery = page.locator(".mastery-chart");
  await expect(mastery).toHaveAttribute("role", "img");
  for (const topic of topics) {
    const value = mastery.locator(".bar-row", { hasText: topic }).locator(".bar-value");
    await expect(value).not.toHaveText("0%");
  }
  await expect(mastery.locator(".bar-value", { hasText: /^[1-9]/ })).toHaveCount(topics.length);

  await expect(page.getByRole("img", { name: /每周正确率.*100%/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /模拟面试得分.*最近一轮 100 分/ })).toBeVisible();
  // Right answers come back after days or weeks: the forecast shows 14 days, whatever falls in them.
  await expect(page.getByRole("img", { name: /未来 14 天每天到期的题数/ }).locator(".bar-row")).toHaveCount(14);
  expect(errors).toEqual([]);
});

/** Stores a review log of `days` days of practice, every third day skipped. */
async function seedLog(page: Page, days: number) {
  const ids = ["python-oop-pillars", "concurrency-gil", "django-permission-system", "mysql-having-vs-where", "redis-data-types", "docker-intro"];
  const entries: number[][] = [];
  let previous = 0;
  for (let day = days; day >= 0; day--) {
    if (day % 3 === 2) continue;
    for (let i = 0; i < 1 + (day % 5); i++) {
      const at = T0.getTime() - day * 86_400_000 + i * 60_000;
      // id index, ms since the previous entry, outcome, score, tenths of a second, suggested s, mode
      entries.push([(day + i) % ids.length, at - previous, (day + i) % 3, 50, 300 + day * 10, 60, 0]);
      previous = at;
    }
  }
  const stored = JSON.stringify({ v: 1, data: { ids, e: entries } });
  await page.addInitScript((log) => {
    if (!localStorage.getItem("drill.log")) localStorage.setItem("drill.log", log);
  }, stored);
}

test("months of practice fit a phone screen without sideways scrolling", async ({ page, errors }) => {
  await page.clock.install({ time: T0 });
  await seedLog(page, 120);
  await open(page, "#/stats");
  const calendar = page.getByRole("img", { name: /练习日历/ });
  expect(await calendar.locator("rect.heat:not(.level-0)").count()).toBeGreaterThan(40);
  await expect(page.locator(".stat", { hasText: "连续练习" }).locator(".stat-value")).toHaveText("2 天");
  await expect(page.locator(".trend-chart polyline")).not.toHaveCount(0);
  for (const chart of await page.locator("main svg.chart").all()) {
    const box = (await chart.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(errors).toEqual([]);
});
