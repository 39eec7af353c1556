import { test, expect, open, seededRandom } from "./fixtures";
import type { Page } from "@playwright/test";

const T0 = new Date("2026-11-30T20:00:00+08:00");
/** The seed for Math.random: the same draws every run. */
const SEED = 424242;

async function composeRound(page: Page, count: string, types: string) {
  await open(page, "#/round");
  await page.getByRole("button", { name: "自定义一轮…" }).click();
  const form = page.locator("form.composer");
  await form.locator("label.pill", { hasText: new RegExp(`^${count}$`) }).click();
  await form.locator("label.pill", { hasText: types }).click();
  await page.getByRole("button", { name: "开始这一轮" }).click();
  await expect(page.getByRole("timer")).toBeVisible();
}

async function endRound(page: Page) {
  await page.getByRole("button", { name: "暂停" }).click();
  await page.getByRole("button", { name: "结束本轮，查看结果" }).click();
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
}

test("an open answer scores what was ticked, whatever the user claims, and says so next to the buttons", async ({ page }) => {
  await seededRandom(page, SEED);
  await page.clock.install({ time: T0 });
  await composeRound(page, "5", "只要问答");
  await page.getByRole("button", { name: "显示答案" }).click();
  const points = page.locator(".checklist input");
  const total = await points.count();
  expect(total).toBeGreaterThan(1);
  await points.first().check();
  const expected = Math.floor(100 / total);
  // The rule, with the figures of this answer.
  await expect(page.locator(".grade-hint")).toContainText(`勾了 1/${total} 个要点，本题 ${expected} 分`);
  await expect(page.locator(".grade-hint")).toContainText("不改分数");
  // Claiming 会 on one point does not lift the score.
  await page.locator(".grade-buttons .button", { hasText: /^会/ }).first().click();
  await expect(page.locator(".verdict")).toContainText(`会（${expected} 分）`);
});

test("a round ended early is scored on what was answered, in the results, the history and the trend", async ({ page }) => {
  await seededRandom(page, SEED);
  await page.clock.install({ time: T0 });
  await composeRound(page, "5", "只要问答");
  await page.getByRole("button", { name: "显示答案" }).click();
  const points = page.locator(".checklist input");
  const total = await points.count();
  for (let i = 0; i < total; i++) await points.nth(i).check();
  await page.locator(".grade-buttons .button", { hasText: /^会/ }).first().click();
  await page.getByRole("button", { name: "下一题" }).click();
  await endRound(page);
  // 100 on the one answered, not 100 / 5.
  await expect(page.locator(".score-card .score")).toHaveText("100");
  await expect(page.locator(".scored-on")).toContainText("按已答的 1/5 题计分");
  await expect(page.locator(".tally")).toContainText("会 1");
  await expect(page.locator(".tally")).toContainText("未作答 4");
  await page.getByRole("link", { name: "回到模拟面试" }).click();
  await expect(page.locator(".history-score")).toContainText("100 分");
  await expect(page.locator(".history-score")).toContainText("答了 1/5 题");
  await page.getByRole("link", { name: "统计" }).click();
  await expect(page.getByRole("img", { name: /1 轮提前结束、按已答的题计分，最近一轮 100 分/ })).toBeVisible();
  await expect(page.getByText("空心点是提前结束的轮次")).toBeVisible();
});

test("a round ended before any answer has no score rather than 0", async ({ page }) => {
  await seededRandom(page, SEED);
  await page.clock.install({ time: T0 });
  await composeRound(page, "5", "只要问答");
  await endRound(page);
  await expect(page.locator(".score-card .score")).toHaveText("—");
  await expect(page.locator(".scored-on")).toContainText("不计分");
});

test("graded questions read 对 / 错 in the results, never 会 / 不会", async ({ page }) => {
  await seededRandom(page, 7);
  await page.clock.install({ time: T0 });
  await composeRound(page, "10", "只要客观题");
  for (let i = 1; i <= 10; i++) {
    await expect(page.getByLabel("进度")).toHaveText(`${i}/10`);
    const truth = page.locator(".true-false .button");
    if (await truth.count()) await truth.first().click();
    else if (await page.locator(".choices.answerable input").count()) {
      await page.locator(".choices.answerable input").first().check();
      await page.getByRole("button", { name: "提交" }).click();
    } else {
      if (await page.locator("input.fill").count()) await page.locator("input.fill").fill("不知道");
      await page.getByRole("button", { name: "提交" }).click();
    }
    await expect(page.locator(".explanation")).toBeVisible();
    await page.getByRole("button", { name: i < 10 ? "下一题" : "查看结果" }).click();
  }
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  const details = page.locator(".result-items .item-detail");
  await expect(details).toHaveCount(10);
  for (const text of await details.allTextContents()) expect(text).toMatch(/^(对|错)（/);
  await expect(page.locator(".tally")).not.toContainText("会");
  await expect(page.locator(".tally")).toContainText("错");
});

test("a true/false question is answered on one tap, with no 提交 to press", async ({ page }) => {
  await page.clock.install({ time: T0 });
  // A known true/false question, practised on its own (练这道).
  await open(page, "#/q/python-new-before-init");
  await page.getByRole("button", { name: "练这道" }).click();
  const truth = page.locator(".true-false .button");
  await expect(truth).toHaveCount(2);
  await expect(page.getByText("点「对」或「错」即提交。")).toBeVisible();
  await expect(page.getByRole("button", { name: "提交" })).toHaveCount(0);
  await truth.first().click();
  await expect(page.locator(".explanation")).toBeVisible();
  await expect(truth.first()).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "查看结果" }).click();
  await expect(page.locator(".result-items .item-detail").first()).toHaveText(/^(对|错)（/);
});

test("what was written during a round is shown in the results beside the reference", async ({ page }) => {
  await seededRandom(page, SEED);
  await page.clock.install({ time: T0 });
  await composeRound(page, "5", "只要问答");
  await page.getByRole("textbox").first().fill("GIL 同一时刻只让一个线程执行字节码");
  await page.getByRole("button", { name: "显示答案" }).click();
  await page.locator(".grade-buttons .button", { hasText: /^模糊/ }).first().click();
  await page.getByRole("button", { name: "下一题" }).click();
  await endRound(page);
  const compare = page.locator(".result-items details.compare").first();
  await compare.locator("summary").click();
  await expect(compare.locator(".your-words")).toHaveText("GIL 同一时刻只让一个线程执行字节码");
  await expect(compare.getByRole("heading", { name: "参考简答" })).toBeVisible();
  await expect(compare.locator(".short-answer")).not.toBeEmpty();
});

test("the quick round states its mix and keeps it", async ({ page }) => {
  await seededRandom(page, 99);
  await page.clock.install({ time: T0 });
  await open(page, "#/round");
  await page.getByRole("button", { name: "快速开始：5 道问答 + 5 道客观题" }).click();
  await expect(page.getByRole("timer")).toBeVisible();
  const kinds: string[] = await page.evaluate(() => {
    const record = JSON.parse(localStorage.getItem("drill.round.current")!);
    return record.data.items.map((item: { kind: string }) => item.kind);
  });
  expect(kinds).toHaveLength(10);
  expect(kinds.filter((k) => k === "Open")).toHaveLength(5);
});

test("Back inside a round leads where the user came from, not to an older round's results", async ({ page }) => {
  await seededRandom(page, SEED);
  await page.clock.install({ time: T0 });
  await open(page, "#/bank");
  await page.getByRole("link", { name: "模拟面试" }).click();
  await page.getByRole("button", { name: /快速开始/ }).click();
  await endRound(page);
  await page.getByRole("link", { name: "回到模拟面试" }).click();
  await page.getByRole("button", { name: /快速开始/ }).click();
  await expect(page.getByRole("timer")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/#\/bank$/);
  await expect(page.getByRole("heading", { name: "本轮结果" })).toHaveCount(0);
});

test("away from a running round, a bar shows its place and the time left, and leads back", async ({ page }) => {
  await seededRandom(page, SEED);
  await page.clock.install({ time: T0 });
  await composeRound(page, "5", "只要问答");
  await expect(page.getByText("离开这一页计时也不停")).toBeAttached();
  await page.getByRole("link", { name: "题库" }).click();
  const bar = page.locator(".session-bar");
  await expect(bar).toContainText("模拟面试进行中");
  await expect(bar).toContainText("第 1/5 题");
  const before = await bar.locator(".session-bar-line").textContent();
  await page.clock.runFor(5_000);
  await expect(bar.locator(".session-bar-line")).not.toHaveText(before!);
  await bar.click();
  await expect(page.getByRole("timer")).toBeVisible();
  await expect(bar).toHaveCount(0);
});

test.describe("a phone on its side", () => {
  test.use({ viewport: { width: 844, height: 390 } });

  test("the key points are in view after 显示答案", async ({ page }) => {
    await seededRandom(page, SEED);
    await page.clock.install({ time: T0 });
    await composeRound(page, "5", "只要问答");
    await page.getByRole("button", { name: "显示答案" }).click();
    await expect(page.locator(".checklist li").first()).toBeInViewport();
    // Nothing fixed covers it: a tap reaches the checkbox.
    await page.locator(".checklist li").first().locator("label").click();
    await expect(page.locator(".checklist input").first()).toBeChecked();
    await expect(page.locator(".grade-buttons")).toBeInViewport();
  });
});

test.describe("dark, at 大 text size", () => {
  test.use({ colorScheme: "dark" });

  test("the scoring line, the early-end score and the session bar fit the phone", async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem("drill.prefs", JSON.stringify({ v: 1, data: { theme: "Dark", text: "Large", lang: "Zh" } })),
    );
    await seededRandom(page, SEED);
    await page.clock.install({ time: T0 });
    await composeRound(page, "5", "只要问答");
    await expect(page.locator("html")).toHaveAttribute("data-text", "large");
    await page.getByRole("button", { name: "显示答案" }).click();
    await page.locator(".checklist input").first().check();
    await expect(page.locator(".grade-hint")).toBeInViewport();
    await expect(page.locator(".grade-buttons .button").first()).toBeInViewport();
    await page.locator(".grade-buttons .button", { hasText: /^会/ }).first().click();
    await page.getByRole("button", { name: "下一题" }).click();
    await page.getByRole("link", { name: "题库" }).click();
    await expect(page.locator(".session-bar")).toBeVisible();
    const wide = async () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await wide()).toBeLessThanOrEqual(390);
    await page.locator(".session-bar").click();
    await endRound(page);
    await expect(page.locator(".scored-on")).toContainText("按已答的 1/5 题计分");
    expect(await wide()).toBeLessThanOrEqual(390);
  });
});
