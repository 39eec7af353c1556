import { test, expect, open, rows } from "./fixtures";
import type { Page } from "@playwright/test";

// 题库 as a place to practise from: ranked search that shows why a row
// matched, rounds of exactly the listed questions, each row's own marks,
// and a list that is as it was left after opening a question.

const T0 = new Date("2026-11-26T09:00:00+08:00");

const search = (page: Page) => page.getByRole("searchbox", { name: "搜索题目和答案" });
const hrefs = (page: Page) => rows(page).evaluateAll((links) => links.map((a) => a.getAttribute("href")));

test("B+ 树 and B+树 find the same questions, in the same order, with the matched words marked", async ({
  page,
  errors,
}) => {
  await open(page);
  await search(page).fill("B+ 树");
  await expect(page.locator(".result-count")).toContainText("找到");
  const spaced = await hrefs(page);
  const spacedCount = await page.locator(".result-count").textContent();
  expect(spaced.length).toBeGreaterThan(0);
  // The best match holds the words together in the question itself.
  const first = rows(page).first();
  await expect(first.locator(".question-title mark").first()).toHaveText(/^B\+ ?树$/);

  for (const variant of ["B+树", "Ｂ＋树", "b+　树"]) {
    await search(page).fill(variant);
    await expect(page.locator(".result-count")).toHaveText(spacedCount!);
    expect(await hrefs(page)).toEqual(spaced);
    await expect(rows(page).first().locator("mark").first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test("a match only in the answer shows the line of the answer it came from", async ({ page }) => {
  await open(page);
  // ZADD is how a leaderboard is written, but no question asks "ZADD?".
  await search(page).fill("ZADD");
  const row = rows(page).first();
  await expect(row.locator(".snippet mark").first()).toHaveText(/^zadd$/i);
  await expect(row.locator(".question-title mark")).toHaveCount(0);
  // Rows whose question holds the word rank first and need no snippet.
  await search(page).fill("GIL");
  await expect(rows(page).first().locator(".question-title mark").first()).toHaveText(/^gil$/i);
  await expect(rows(page).first().locator(".snippet")).toHaveCount(0);
});

test("练这些 starts a round of exactly the listed questions, in list order, asking first about an unfinished one", async ({
  page,
}) => {
  // The questions are the listed ones, so nothing random decides them.
  await page.clock.install({ time: T0 });
  // An unfinished round of one question.
  await open(page, "#/q/concurrency-gil");
  await page.getByRole("button", { name: "练这道" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/1");

  await open(page, "#/");
  await page.getByRole("combobox", { name: "题型" }).selectOption({ label: "问答" });
  await search(page).fill("死锁");
  await expect(page.locator(".result-count")).toContainText("找到");
  const listed = (await hrefs(page)).map((h) => h!.replace("#/q/", ""));
  expect(listed.length).toBeGreaterThan(1);
  expect(listed.length).toBeLessThanOrEqual(20);
  await page.getByRole("button", { name: `练这些（${listed.length} 题）` }).click();

  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "放弃" }).click();
  await expect(page.getByLabel("进度")).toHaveText(`1/${listed.length}`);
  const items = await page.evaluate(
    () => JSON.parse(localStorage.getItem("drill.round.current")!).data.items.map((i: any) => i.question_id),
  );
  expect(items).toEqual(listed);
});

test("a long list says how many a round takes, and takes the first ones", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await open(page);
  await page.locator(".chips .chip").nth(1).click();
  const total = Number((await page.locator(".result-count").textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(20);
  await expect(page.locator(".practise-cap")).toHaveText(`共 ${total} 题，一轮最多 20 题：按列表顺序取前 20 题。`);
  const firstTen = (await hrefs(page)).map((h) => h!.replace("#/q/", ""));
  await page.getByRole("button", { name: "练这些（20 题）" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/20");
  const items: string[] = await page.evaluate(
    () => JSON.parse(localStorage.getItem("drill.round.current")!).data.items.map((i: any) => i.question_id),
  );
  expect(items.slice(0, firstTen.length)).toEqual(firstTen);
});

test("a row shows ★, note and missed marks once the user stars, notes and misses its question", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await open(page, "#/q/concurrency-gil");
  await page.getByRole("button", { name: "收藏" }).click();
  await page.getByLabel("我的笔记").fill("GIL 只管字节码");
  await page.getByLabel("我的笔记").blur();
  await page.getByRole("button", { name: "练这道" }).click();
  await page.getByRole("button", { name: "显示答案" }).click();
  await page.locator(".grade-buttons .button", { hasText: /^不会$/ }).click();
  await page.getByRole("button", { name: "查看结果" }).click();
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();

  await open(page, "#/");
  await search(page).fill("GIL");
  const row = page.locator('.question-list .question-row[href="#/q/concurrency-gil"]');
  await expect(row.getByRole("img", { name: "已收藏" })).toHaveText("★");
  await expect(row.getByRole("img", { name: "有笔记" })).toBeVisible();
  await expect(row.getByRole("img", { name: "上次答错" })).toBeVisible();
  await expect(row.getByRole("img", { name: "做过" })).toHaveCount(0);
  // The marks are part of the link's name for screen readers.
  await expect(row).toHaveAccessibleName(/已收藏.*有笔记.*上次答错/);
  // A row the user has not touched has none.
  await expect(rows(page).filter({ hasNot: page.locator(".status") }).first()).toBeVisible();
});

test("coming back from a question far down the list finds it scrolled and drawn as it was left", async ({ page }) => {
  await open(page);
  // Draw four pages, then open a question on the fourth. (Scrolling to the
  // button may draw the next page first and take the button away.)
  const more = page.locator(".show-more");
  while ((await rows(page).count()) < 40) await more.click({ timeout: 2_000 }).catch(() => {});
  const drawn = await rows(page).count();
  const target = rows(page).nth(35);
  await target.scrollIntoViewIfNeeded();
  const href = await target.getAttribute("href");
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(1000);
  await target.click();
  await expect(page.locator(".question-page")).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

  await page.getByRole("link", { name: "‹ 题库" }).click();
  await expect(page.locator(".bank")).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
  expect(await rows(page).count()).toBeGreaterThanOrEqual(drawn);
  await expect(page.locator(`.question-row[href="${href}"]`)).toBeInViewport();

  // The browser's back button does the same.
  await page.locator(`.question-row[href="${href}"]`).click();
  await expect(page.locator(".question-page")).toBeVisible();
  await page.goBack();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
  await expect(page.locator(`.question-row[href="${href}"]`)).toBeInViewport();
});

test("a question page lists its choices as text, not as buttons, and marks the right ones with the answer", async ({
  page,
}) => {
  await open(page);
  await page.getByRole("combobox", { name: "题型" }).selectOption({ label: "单选" });
  await rows(page).first().click();
  const choices = page.locator(".answer ol.choices").first();
  expect(await choices.locator("li").count()).toBeGreaterThanOrEqual(2);
  await expect(choices.locator("li").first()).toHaveText(/^A\./);
  // Nothing in the list can be pressed or picked.
  await expect(choices.getByRole("button")).toHaveCount(0);
  await expect(choices.getByRole("radio")).toHaveCount(0);
  await expect(choices.getByRole("checkbox")).toHaveCount(0);
  await expect(page.locator(".choices.correct")).toHaveCount(0);

  await page.getByRole("button", { name: "显示答案" }).click();
  const letter = (await page.locator(".solution").first().textContent())!.trim();
  const correct = page.getByRole("list", { name: "正确选项" });
  await expect(correct.locator("li")).toHaveCount(1);
  await expect(correct.locator("li")).toHaveText(new RegExp(`^${letter}\\.`));
});
