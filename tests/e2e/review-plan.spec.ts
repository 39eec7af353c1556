import { test, expect, open, type Page } from "./fixtures";

// 09:00 in Beijing; the browser runs in the machine's zone (UTC), where it is
// 01:00 on the same date.
const T0 = new Date("2026-11-26T09:00:00+08:00");
const DAY = 86_400_000;
const OPEN = ["redis-data-types", "redis-encodings", "redis-leaderboard"];

/** A log of `ids` each answered right `daysAgo` days ago, stored once (version 1 form). */
async function seedAnswered(page: Page, ids: string[], daysAgo: number, settings?: object) {
  const start = T0.getTime() - daysAgo * DAY;
  const entries = ids.map((_, i) => [i, i === 0 ? start : 60_000, 0, 100, 300, 60, 1]);
  await page.addInitScript(
    ([log, settings]) => {
      if (!localStorage.getItem("drill.log")) localStorage.setItem("drill.log", log);
      if (settings && !localStorage.getItem("drill.review.settings")) localStorage.setItem("drill.review.settings", settings);
    },
    [JSON.stringify({ v: 1, data: { ids, e: entries } }), settings ? JSON.stringify({ v: 1, data: settings }) : ""] as const,
  );
}

const bigNumber = (page: Page) => page.locator(".review-card .big-number");
const forecastCount = (page: Page, day: number) => page.locator(".forecast li").nth(day).locator(".count");

/** Answers the review session's open questions with `grade` up to its end. */
async function answerAll(page: Page, grade: "会" | "不会", count: number) {
  for (let i = 1; i <= count; i++) {
    await expect(page.getByLabel("进度")).toHaveText(`${i}/${count}`);
    await page.getByRole("button", { name: "显示答案" }).click();
    await page.locator(".grade-buttons .button", { hasText: new RegExp(`^${grade}$`) }).click();
    await page.getByRole("button", { name: i < count ? "下一题" : "查看结果" }).click();
  }
}

test("with an interview date, a review session ends: 今天完成, tomorrow's count, and nothing due matching the forecast", async ({ page, errors }) => {
  await page.clock.install({ time: T0 });
  await seedAnswered(page, OPEN, 5);
  await open(page, "#/review");
  await expect(page.locator(".plan-card")).toHaveCount(0);

  // The interview date makes a plan, and the ration follows it.
  await page.getByLabel("面试日期").fill("2026-12-16");
  await page.getByLabel("面试日期").blur();
  const plan = page.locator(".plan-card");
  await expect(plan.locator(".days-left")).toHaveText("距面试还有 20 天");
  const total = Number((await plan.locator(".plan-seen").textContent())!.match(/\/ (\d+) 题/)![1]);
  expect(total).toBeGreaterThan(400);
  await expect(plan.locator(".plan-seen")).toHaveText(`已做过 3 / ${total} 题`);
  const perDay = Math.ceil((total - 3) / 20);
  await expect(plan.locator(".plan-advice")).toHaveText(`每天 ${perDay} 道新题，面试前一天可以做完全部题目`);
  const ration = page.getByRole("spinbutton", { name: "每天新题上限" });
  await expect(ration).toHaveValue(String(perDay));
  await expect(page.getByText("每天新题数跟随面试计划")).toBeVisible();
  await expect(bigNumber(page)).toHaveText(String(3 + perDay));
  await expect(forecastCount(page, 0)).toHaveText(String(3 + perDay));
  // The interview is 20 days out: past the forecast's two weeks, so no day is marked.
  await expect(page.locator(".forecast li.interview")).toHaveCount(0);
  await plan.getByText("各主题做过的题数").click();
  await expect(plan.locator(".topic-bars li", { hasText: "Redis" })).toContainText("3/");

  // The ration stays editable; the plan's number is a tap away.
  await ration.fill("0");
  await ration.blur();
  await expect(bigNumber(page)).toHaveText("3");
  await expect(forecastCount(page, 0)).toHaveText("3");
  await expect(page.getByRole("button", { name: `按计划：每天 ${perDay} 道` })).toBeVisible();

  await page.getByRole("button", { name: "开始复习" }).click();
  await expect(page).toHaveURL(/#\/review$/);
  // Not a timed interview: no countdown.
  await expect(page.locator(".runner-bar")).toBeVisible();
  await expect(page.locator(".timer")).toHaveCount(0);
  await answerAll(page, "会", 3);

  // The session ends on 复习, and what it answered does not come back today.
  await expect(page).toHaveURL(/#\/review$/);
  await expect(page.getByRole("heading", { name: "今天完成" })).toBeVisible();
  await expect(page.locator(".today-done")).toContainText(/明天(没有要复习的题| \d+ 道)/);
  await expect(bigNumber(page)).toHaveText("0");
  await expect(forecastCount(page, 0)).toHaveText("0");
  await expect(page.getByRole("button", { name: "开始复习" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "本次复习结果" })).toBeVisible();
  await page.screenshot({ path: "/work/wt/shots/review/done-light.png", fullPage: true });

  await page.clock.fastForward("06:00:00");
  await page.reload();
  await expect(page.getByRole("heading", { name: "今天完成" })).toBeVisible();
  await expect(bigNumber(page)).toHaveText("0");
  await expect(forecastCount(page, 0)).toHaveText("0");
  const tomorrow = Number(await forecastCount(page, 1).textContent());
  await expect(page.locator(".today-done")).toHaveText(tomorrow === 0 ? /明天没有要复习的题/ : new RegExp(`明天 ${tomorrow} 道`));
  expect(errors).toEqual([]);
});

test("a missed question comes back once, ten minutes later; grade buttons say when each answer brings it back", async ({ page, errors }) => {
  await page.clock.install({ time: T0 });
  await seedAnswered(page, OPEN.slice(0, 1), 5, { new_per_day: 0, interview_ms: null });
  await open(page, "#/review");
  await expect(bigNumber(page)).toHaveText("1");
  await page.getByRole("button", { name: "开始复习" }).click();
  await page.getByRole("button", { name: "显示答案" }).click();
  const choices = page.locator(".grade-buttons .grade-choice");
  await expect(choices).toHaveCount(3);
  await expect(choices.nth(2).locator(".interval")).toHaveText("10 分钟");
  // Right and vague wait days or months, right the longer.
  const inDays = async (i: number) => {
    const text = (await choices.nth(i).locator(".interval").textContent())!;
    const [, n, unit] = text.match(/^([\d.]+) (天|个月)$/)!;
    return Number(n) * (unit === "天" ? 1 : 30);
  };
  expect(await inDays(0)).toBeGreaterThan(await inDays(1));
  expect(await inDays(1)).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole("button", { name: "不会" })).toHaveAccessibleDescription("10 分钟");
  await page.screenshot({ path: "/work/wt/shots/review/grade-previews-light.png" });
  await page.locator(".grade-buttons .button", { hasText: /^不会$/ }).click();
  await expect(page.locator(".action-bar .grade-hint")).toHaveText(/^(10|9) 分钟后再复习$/);
  await page.getByRole("button", { name: "查看结果" }).click();

  // Missed: not straight away, but later today, and the forecast says so.
  await expect(bigNumber(page)).toHaveText("0");
  await expect(page.locator(".later-today")).toHaveText("稍后还有 1 道：答错的题 10 分钟后再来一次");
  await expect(forecastCount(page, 0)).toHaveText("1");
  await expect(page.getByRole("heading", { name: "今天完成" })).toHaveCount(0);

  // Ten minutes on, it is back by itself.
  await page.clock.fastForward("00:10:30");
  await expect(bigNumber(page)).toHaveText("1");
  await page.getByRole("button", { name: "开始复习" }).click();
  await answerAll(page, "会", 1);
  await expect(page.getByRole("heading", { name: "今天完成" })).toBeVisible();
  await expect(bigNumber(page)).toHaveText("0");
  await expect(forecastCount(page, 0)).toHaveText("0");

  // Once: answered right at its step, it does not come back again today.
  await page.clock.fastForward("02:00:00");
  await page.reload();
  await expect(bigNumber(page)).toHaveText("0");
  await expect(page.getByRole("heading", { name: "今天完成" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a countdown in review only when asked for; an interview within two weeks is marked on the forecast", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await seedAnswered(page, OPEN.slice(0, 1), 5, { new_per_day: 0, interview_ms: null });
  await open(page, "#/review");
  await page.getByLabel("面试日期").fill("2026-11-30");
  await page.getByLabel("面试日期").blur();
  await expect(page.locator(".plan-card .days-left")).toHaveText("距面试还有 4 天");
  const marked = page.locator(".forecast li.interview");
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText("4 天后");
  await expect(marked).toContainText("面试");
  await page.screenshot({ path: "/work/wt/shots/review/plan-light.png", fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: "/work/wt/shots/review/plan-dark.png", fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });

  await page.getByLabel("复习时显示倒计时").check();
  await page.reload();
  await expect(page.getByLabel("复习时显示倒计时")).toBeChecked();
  await page.getByRole("button", { name: "开始复习" }).click();
  await expect(page.locator(".timer")).toBeVisible();
  await expect(page.locator(".timer")).toHaveText(/^\d+:\d\d$/);
});
