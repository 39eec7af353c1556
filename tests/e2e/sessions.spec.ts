import { test, expect, open, seededRandom } from "./fixtures";
import type { Page } from "@playwright/test";

// A round in progress is never thrown away: every way to start a session,
// in one tab and in two, with a reload at every step.

const T0 = new Date("2026-11-26T09:00:00+08:00");
/** The seed for Math.random: the same draws every run. */
const SEED = 20261201;

const nav = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name, exact: true });

/** From 模拟面试: a composed round of five open questions. */
async function startOpenRound(page: Page) {
  await open(page, "#/round");
  await page.getByRole("button", { name: "自定义一轮…" }).click();
  const form = page.locator("form.composer");
  await form.locator("label.pill", { hasText: /^5$/ }).click();
  await form.locator("label.pill", { hasText: "只要问答" }).click();
  await page.getByRole("button", { name: "开始这一轮" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/5");
}

/** Answers `n` open questions in a row (revealed, one key point ticked, graded 会), moving on after each. */
async function answerOpen(page: Page, n: number) {
  for (let i = 0; i < n; i++) {
    await page.getByRole("button", { name: "显示答案" }).click();
    await page.locator(".checklist input").first().check();
    await page.locator(".grade-buttons .button", { hasText: /^会$/ }).click();
    await page.getByRole("button", { name: "下一题" }).click();
  }
}

/** Where the round stands: progress, the question shown and its countdown. */
async function roundState(page: Page) {
  await expect(page.getByRole("timer")).toBeVisible();
  return {
    progress: await page.getByLabel("进度").textContent(),
    prompt: (await page.locator(".round-question .prompt").textContent())!.trim(),
    timer: await page.getByRole("timer").textContent(),
  };
}

/**
 * A round of five with three answered, its state at question 4. The wall
 * clock stands still (timers still run), so its countdown reads the same
 * after every reload.
 */
async function roundWithThreeAnswered(page: Page) {
  await page.clock.install({ time: T0 });
  await page.clock.setFixedTime(T0);
  await seededRandom(page, SEED);
  await startOpenRound(page);
  await answerOpen(page, 3);
  const state = await roundState(page);
  expect(state.progress).toBe("4/5");
  return state;
}

/** The round is still there: at its question, with its time, after a reload too. */
async function expectResumable(page: Page, state: { progress: string | null; prompt: string; timer: string | null }) {
  await nav(page, "模拟面试").click();
  expect(await roundState(page)).toEqual(state);
  await page.reload();
  await expect(page.locator("#boot")).toHaveCount(0);
  expect(await roundState(page)).toEqual(state);
}

test("starting a review keeps an unfinished mock round, and the review runs on 复习", async ({ page, errors }) => {
  const state = await roundWithThreeAnswered(page);
  await nav(page, "复习").click();
  await page.getByRole("button", { name: "开始复习" }).click();
  await expect(page).toHaveURL(/#\/review$/);
  await expect(page.getByLabel("进度")).toHaveText(/^1\/\d+$/);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  // Both tabs say a session is unfinished.
  await expect(nav(page, "模拟面试").locator(".tab-badge")).toBeVisible();
  await expect(nav(page, "复习").locator(".tab-badge")).toBeVisible();
  // The review survives a reload, and so does the round.
  await page.reload();
  await expect(page.getByLabel("进度")).toHaveText(/^1\/\d+$/);
  await expectResumable(page, state);
  expect(errors).toEqual([]);
});

test("the mistake book starts a review without touching the round either", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.clock.setFixedTime(T0);
  await seededRandom(page, SEED);
  // One round missed entirely fills the mistake book.
  await finishedRound(page);
  await page.getByRole("link", { name: "回到模拟面试" }).click();
  await startOpenRound(page);
  await answerOpen(page, 3);
  const state = await roundState(page);
  await nav(page, "复习").click();
  await page.getByRole("button", { name: "练习错题" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/5");
  await expectResumable(page, state);
});

/** A finished round of five open questions, all missed; returns its results URL hash. */
async function finishedRound(page: Page) {
  await startOpenRound(page);
  for (let i = 1; i <= 5; i++) {
    await page.getByRole("button", { name: "显示答案" }).click();
    await page.locator(".grade-buttons .button", { hasText: "不会" }).click();
    await page.getByRole("button", { name: i < 5 ? "下一题" : "查看结果" }).click();
  }
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  return new URL(page.url()).hash;
}

/**
 * A finished round (its results a Back away), then "same again" started a
 * second round, three of whose five questions are answered.
 */
async function secondRoundWithThreeAnswered(page: Page) {
  await page.clock.install({ time: T0 });
  await page.clock.setFixedTime(T0);
  await seededRandom(page, SEED);
  const results = await finishedRound(page);
  await page.getByRole("button", { name: "按同样设置再来一轮" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/5");
  await answerOpen(page, 3);
  return { results, state: await roundState(page) };
}

const starts = [
  ["按同样设置再来一轮", /^按同样设置再来一轮$/],
  ["重练没答好的", /^重练没答好的 5 题$/],
] as const;

for (const [label, button] of starts) {
  test(`"${label}" over an unfinished round asks first; 继续它 goes back to it`, async ({ page, errors }) => {
    const { results, state } = await secondRoundWithThreeAnswered(page);
    await page.evaluate((hash) => (location.hash = hash), results);
    await page.getByRole("button", { name: button }).click();
    const dialog = page.getByRole("alertdialog", { name: "当前这一轮还没做完" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("模拟面试：第 4/5 题，已答 3 题");
    await expect(dialog.locator(".continues-prompt")).toHaveText(state.prompt);
    // Nothing has changed yet, even across a reload.
    await page.reload();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await expectResumable(page, state);
    await page.evaluate((hash) => (location.hash = hash), results);
    await page.getByRole("button", { name: button }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "继续它" }).click();
    await expect(page).toHaveURL(/#\/round$/);
    expect(await roundState(page)).toEqual(state);
    expect(errors).toEqual([]);
  });
}

test("结束并保存结果 puts the unfinished round in the history with its answers and score", async ({ page }) => {
  const { results } = await secondRoundWithThreeAnswered(page);
  await page.evaluate((hash) => (location.hash = hash), results);
  await page.getByRole("button", { name: "按同样设置再来一轮" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "结束并保存结果" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/5");
  await page.reload();
  await expect(page.getByLabel("进度")).toHaveText("1/5");
  // The new round runs; the old one is in the history, after the first.
  await page.getByRole("button", { name: "暂停" }).click();
  await page.getByRole("button", { name: "结束本轮，查看结果" }).click();
  await page.getByRole("link", { name: "回到模拟面试" }).click();
  await expect(page.locator(".history-row")).toHaveCount(3);
  const ended = page.locator(".history-row").nth(1);
  await expect(ended).toContainText("开始新一轮时结束");
  await ended.click();
  await expect(page.getByText("开始新的一轮时结束，未答的题记为未作答。")).toBeVisible();
  await expect(page.locator(".result-items > li")).toHaveCount(5);
  await expect(page.locator(".tally")).toContainText("未作答 2");
  await expect(page.locator(".score")).toHaveText(/^\d+$/);
});

test("放弃 drops the unfinished round only when asked, and its answers stay in the review log", async ({ page }) => {
  const { results } = await secondRoundWithThreeAnswered(page);
  const logged = await page.evaluate(() => localStorage.getItem("drill.log"));
  await page.evaluate((hash) => (location.hash = hash), results);
  await page.getByRole("button", { name: "按同样设置再来一轮" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("已答的 3 题仍记在复习记录里");
  // Escape changes nothing.
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  await page.getByRole("button", { name: "按同样设置再来一轮" }).click();
  await dialog.getByRole("button", { name: "放弃" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/5");
  expect(await page.evaluate(() => localStorage.getItem("drill.log"))).toBe(logged);
  await page.getByRole("button", { name: "暂停" }).click();
  await page.getByRole("button", { name: "结束本轮，查看结果" }).click();
  await page.getByRole("link", { name: "回到模拟面试" }).click();
  await expect(page.locator(".history-row")).toHaveCount(2);
});

test("two tabs: a review in one tab leaves the other tab's round alone, and taking over shows what continues", async ({ context }) => {
  const a = await context.newPage();
  await a.clock.install({ time: T0 });
  await seededRandom(a, SEED);
  await startOpenRound(a);
  await answerOpen(a, 3);
  const prompt = (await a.locator(".round-question .prompt").textContent())!.trim();

  const b = await context.newPage();
  await open(b, "#/review");
  await b.getByRole("button", { name: "开始复习" }).click();
  await expect(b.getByLabel("进度")).toHaveText(/^1\/\d+$/);
  // Tab A goes on with its round as if nothing happened.
  await expect(a.getByLabel("进度")).toHaveText("4/5");
  await a.getByRole("button", { name: "显示答案" }).click();
  await a.locator(".grade-buttons .button", { hasText: /^会$/ }).click();
  await a.getByRole("button", { name: "下一题" }).click();
  await expect(a.getByLabel("进度")).toHaveText("5/5");
  const fifth = (await a.locator(".round-question .prompt").textContent())!.trim();
  expect(fifth).not.toBe(prompt);

  // Tab B looks at 模拟面试: it is told what would continue before it does.
  await nav(b, "模拟面试").click();
  await expect(b.getByRole("heading", { name: "这一轮正在另一个标签页进行" })).toBeVisible();
  await expect(b.locator(".continues")).toHaveText("将在这里继续：模拟面试，第 5/5 题");
  await expect(b.locator(".continues-prompt")).toHaveText(fifth);
  await b.getByRole("button", { name: "在这里继续" }).click();
  await expect(b.getByLabel("进度")).toHaveText("5/5");
  await expect(b.locator(".round-question .prompt")).toHaveText(fifth);
  await expect(a.getByRole("heading", { name: "这一轮正在另一个标签页进行" })).toBeVisible();
  // B's review is still there too.
  await nav(b, "复习").click();
  await expect(b.getByLabel("进度")).toHaveText(/^1\/\d+$/);
});

test("two tabs: ending a round for a new one in another tab tells the first tab, and keeps the round", async ({ context }) => {
  const a = await context.newPage();
  await a.clock.install({ time: T0 });
  await seededRandom(a, SEED);
  const results = await finishedRound(a);
  await a.getByRole("link", { name: "回到模拟面试" }).click();
  await startOpenRound(a);
  await answerOpen(a, 3);

  const b = await context.newPage();
  await open(b, results);
  await b.getByRole("button", { name: "按同样设置再来一轮" }).click();
  const dialog = b.getByRole("alertdialog");
  await expect(dialog).toContainText("模拟面试：第 4/5 题，已答 3 题");
  await expect(dialog).toContainText("它正在另一个标签页进行。");
  await dialog.getByRole("button", { name: "结束并保存结果" }).click();
  await expect(b.getByLabel("进度")).toHaveText("1/5");
  const newPrompt = (await b.locator(".round-question .prompt").textContent())!.trim();

  // Tab A learns what happened to its round and what runs now.
  await expect(a.locator(".moved-on")).toContainText("已在另一个标签页结束");
  await expect(a.getByRole("heading", { name: "这一轮正在另一个标签页进行" })).toBeVisible();
  await expect(a.locator(".continues")).toHaveText("将在这里继续：模拟面试，第 1/5 题");
  await expect(a.locator(".continues-prompt")).toHaveText(newPrompt);
  await a.locator(".moved-on").getByRole("link", { name: "查看那一轮的结果" }).click();
  await expect(a.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  await expect(a.locator(".tally")).toContainText("未作答 2");
  await a.reload();
  await expect(a.getByRole("heading", { name: "本轮结果" })).toBeVisible();
});

test("a round left when the tab closed is there to resume a week later", async ({ context }) => {
  const a = await context.newPage();
  await a.clock.install({ time: T0 });
  await seededRandom(a, SEED);
  await startOpenRound(a);
  await answerOpen(a, 3);
  const prompt = (await a.locator(".round-question .prompt").textContent())!.trim();
  await a.close();

  const b = await context.newPage();
  await b.clock.install({ time: new Date(T0.getTime() + 7 * 24 * 3600_000) });
  await open(b, "#/round");
  await expect(b.getByLabel("进度")).toHaveText("4/5");
  await expect(b.locator(".round-question .prompt")).toHaveText(prompt);
  // Its clock ran while away, as it always does: the question has timed out and shows its answer.
  await expect(b.getByText("时间到")).toBeVisible();
  await b.locator(".grade-buttons .button", { hasText: /^会$/ }).click();
  await b.getByRole("button", { name: "下一题" }).click();
  await expect(b.getByLabel("进度")).toHaveText("5/5");
});

test("a round whose remaining questions left the bank finishes with what it has", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await seededRandom(page, SEED);
  await startOpenRound(page);
  await answerOpen(page, 3);
  // An update removed the last two questions from the bank.
  await page.evaluate(() => {
    const record = JSON.parse(localStorage.getItem("drill.round.current")!);
    record.data.items[3].question_id = "gone-after-an-update";
    record.data.items[4].question_id = "also-gone";
    localStorage.setItem("drill.round.current", JSON.stringify(record));
  });
  await page.reload();
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  await expect(page.locator(".result-items > li")).toHaveCount(3);
  await expect(page.locator(".tally")).not.toContainText("未作答");
  await expect(page.getByText("本轮提前结束。")).toBeVisible();
  await page.getByRole("link", { name: "回到模拟面试" }).click();
  await expect(page.locator(".history-row")).toHaveCount(1);
  await expect(page.getByRole("button", { name: /快速开始/ })).toBeVisible();
});
