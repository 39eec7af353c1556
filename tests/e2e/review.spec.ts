import { test, expect, open, playOpenRound, rows, storedAnswerCount } from "./fixtures";

const T0 = new Date("2026-11-26T09:00:00+08:00");

test("answers go to the log; misses fill the mistake book and come back for review", async ({ page, errors }) => {
  await page.clock.install({ time: T0 });
  await open(page, "#/round");
  await page.getByRole("button", { name: "自定义一轮…" }).click();
  const form = page.locator("form.composer");
  await form.locator("label.pill", { hasText: /^5$/ }).click();
  await form.locator("label.pill", { hasText: "只要问答" }).click();
  await page.getByRole("button", { name: "开始这一轮" }).click();
  const missed: string[] = [];
  for (let i = 1; i <= 5; i++) {
    missed.push((await page.locator(".prompt").textContent())!.trim());
    await page.getByRole("button", { name: "显示答案" }).click();
    await page.locator(".grade-buttons .button", { hasText: "不会" }).click();
    await page.getByRole("button", { name: i < 5 ? "下一题" : "查看结果" }).click();
  }
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  expect(storedAnswerCount(await page.evaluate(() => localStorage.getItem("drill.log")))).toBe(5);

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "复习" }).click();
  await expect(page.getByRole("heading", { name: /错题本/ })).toContainText("5 题");
  for (const prompt of missed) await expect(page.locator(".mistakes")).toContainText(prompt.slice(0, 10));

  // Two days later the misses are due.
  await page.clock.fastForward("48:00:00");
  await page.reload();
  await page.getByRole("spinbutton", { name: "每天新题上限" }).fill("0");
  await page.getByRole("spinbutton", { name: "每天新题上限" }).blur();
  await expect(page.locator(".big-number")).toHaveText("5");
  await page.getByRole("button", { name: "开始复习" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/5");
  expect(missed).toContain((await page.locator(".prompt").textContent())!.trim());
  expect(errors).toEqual([]);
});

test("the daily ration of new questions and the interview date are kept", async ({ page }) => {
  await open(page, "#/review");
  await expect(page.locator(".big-number")).toHaveText("10");
  await page.getByRole("spinbutton", { name: "每天新题上限" }).fill("4");
  await page.getByRole("spinbutton", { name: "每天新题上限" }).blur();
  await expect(page.locator(".big-number")).toHaveText("4");
  await page.getByLabel("面试日期").fill("2027-01-15");
  await page.getByLabel("面试日期").blur();
  await expect(page.getByText("已按面试日期排序")).toBeVisible();
  // A new date makes the ration follow the plan; the user's own number still wins.
  await expect(page.getByText("每天新题数跟随面试计划")).toBeVisible();
  await page.getByRole("spinbutton", { name: "每天新题上限" }).fill("4");
  await page.getByRole("spinbutton", { name: "每天新题上限" }).blur();
  await expect(page.locator(".big-number")).toHaveText("4");
  await page.reload();
  await expect(page.getByRole("spinbutton", { name: "每天新题上限" })).toHaveValue("4");
  await expect(page.getByLabel("面试日期")).toHaveValue("2027-01-15");
  await expect(page.locator(".forecast li")).toHaveCount(14);
});

test("a long mistake book lists its 20 most recent misses, and the rest on request", async ({ page }) => {
  await open(page);
  // Scrolling to the list's end draws the next page (tapping 再显示 races that drawing).
  await expect
    .poll(async () => {
      await rows(page).last().scrollIntoViewIfNeeded();
      return rows(page).count();
    })
    .toBeGreaterThanOrEqual(25);
  const ids = (await rows(page).evaluateAll((links) => links.map((r) => r.getAttribute("href")!)))
    .map((href) => href.replace("#/q/", ""))
    .slice(0, 25);
  expect(ids).toHaveLength(25);
  // 25 wrong answers a second apart, in the stored compact form.
  const start = Date.parse("2026-11-20T20:00:00+08:00");
  const entries = ids.map((_, i) => [i, i === 0 ? start : 1000, 2, 0, 300, 60, 0]);
  await page.evaluate((log) => localStorage.setItem("drill.log", JSON.stringify(log)), { v: 1, data: { ids, e: entries } });
  await open(page, "#/review");
  await page.reload();
  await expect(page.getByRole("heading", { name: /错题本/ })).toContainText("25 题");
  const listed = page.locator(".mistakes a");
  await expect(listed).toHaveCount(20);
  // Most recent first: the last miss leads.
  await expect(listed.first()).toHaveAttribute("href", `#/q/${ids[24]}`);
  await page.getByRole("button", { name: "显示全部 25 题" }).click();
  await expect(listed).toHaveCount(25);
  await expect(page.getByRole("button", { name: "显示全部 25 题" })).toHaveCount(0);
});

test("a log stored by the previous version is read, and kept whole when the next answers are stored", async ({ page }) => {
  await page.clock.install({ time: T0 });
  const ids = ["concurrency-gil", "redis-data-types", "docker-intro"];
  // Version 1: id index, ms since the previous entry, outcome (2 = wrong), score, tenths of a second, suggested s, mode.
  const start = T0.getTime() - 2 * 86_400_000;
  const entries = ids.map((_, i) => [i, i === 0 ? start : 60_000, 2, 0, 300, 60, 0]);
  await page.addInitScript((log) => {
    if (!localStorage.getItem("drill.log")) localStorage.setItem("drill.log", log);
  }, JSON.stringify({ v: 1, data: { ids, e: entries } }));
  await open(page, "#/review");
  await expect(page.getByRole("heading", { name: /错题本/ })).toContainText("3 题");

  await open(page, "#/round");
  await playOpenRound(page, "会");
  const stored = await page.evaluate(() => localStorage.getItem("drill.log"));
  expect(storedAnswerCount(stored)).toBe(8);
  for (const id of ids) expect(stored).toContain(`${id} `);

  await page.reload();
  await open(page, "#/stats");
  await expect(page.locator(".stat", { hasText: "累计答题" }).locator(".stat-value")).toHaveText("8 题");
});

test("answers another copy of the app stored unseen are kept when this tab stores its next ones", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await open(page, "#/round");
  await playOpenRound(page, "会");
  // Written from this tab's own page, so no storage event tells the app.
  const unseen = { ids: ["docker-intro"], e: [[0, T0.getTime() - 86_400_000, 2, 0, 300, 60, 0]] };
  await page.evaluate((log) => localStorage.setItem("drill.log", log), JSON.stringify({ v: 1, data: unseen }));

  await open(page, "#/round");
  await playOpenRound(page, "会");
  const stored = await page.evaluate(() => localStorage.getItem("drill.log"));
  expect(storedAnswerCount(stored)).toBe(11);
  expect(stored).toContain("docker-intro ");
  await page.reload();
  await open(page, "#/stats");
  await expect(page.locator(".stat", { hasText: "累计答题" }).locator(".stat-value")).toHaveText("11 题");
});
