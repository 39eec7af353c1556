import { test, expect, open } from "./fixtures";
import type { Locator, Page } from "@playwright/test";

// What a question page explains about itself: the 真题 badge, and the
// answering tip folded after the key points.

/** Whether `a` comes before `b` in the page. */
async function before(a: Locator, b: Locator) {
  const other = await b.elementHandle();
  return a.evaluate((x, y) => !!(x.compareDocumentPosition(y as Node) & Node.DOCUMENT_POSITION_FOLLOWING), other);
}

async function practise(page: Page, id: string) {
  await open(page, `#/q/${id}`);
  await page.getByRole("button", { name: "练这道" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/1");
}

test("真题 says what it means on a tap, on the question and in a round", async ({ page }) => {
  await open(page, "#/q/concurrency-gil");
  const badge = page.getByRole("button", { name: /真题/ });
  const note = page.locator(".badge-note");
  await expect(note).toBeHidden();
  await expect(badge).toHaveAttribute("aria-expanded", "false");
  await badge.tap();
  await expect(note).toBeVisible();
  await expect(note).toHaveText("真题：真实面试里被问到过的题，来自求职者的面试经历（面经）。");
  await expect(badge).toHaveAttribute("aria-expanded", "true");
  await badge.tap();
  await expect(note).toBeHidden();

  await page.getByRole("button", { name: "练这道" }).click();
  await page.getByRole("button", { name: /真题/ }).tap();
  await expect(page.locator(".round-question .badge-note")).toBeVisible();
});

test("真题 is explained in English too", async ({ page }) => {
  await open(page, "#/settings");
  await page.locator("label.pill", { hasText: "English" }).click();
  await page.goto("./#/q/concurrency-gil");
  await page.getByRole("button", { name: /Real/ }).tap();
  await expect(page.locator(".badge-note")).toHaveText("Real: asked in a real interview, taken from candidates' real interview reports.");
});

test("the answering tip is folded after the key points, and only on questions that ask to introduce a concept", async ({ page }) => {
  await open(page, "#/q/concurrency-gil");
  const tip = page.locator("details.tip");
  await expect(tip).toHaveCount(1);
  await expect(tip).not.toHaveAttribute("open", "");
  await expect(tip.locator(".tip-body")).toBeHidden();
  expect(await before(page.locator("ul.key-points"), tip)).toBe(true);
  await tip.locator("summary").tap();
  await expect(tip.locator(".tip-body")).toBeVisible();
  await expect(tip.locator(".tip-body")).not.toContainText("笔记");

  // A question that sets its own structure has no generic tip.
  await open(page, "#/q/mysql-mvcc");
  await expect(page.locator("ul.key-points")).toBeVisible();
  await expect(page.locator("details.tip")).toHaveCount(0);

  // In a round: folded, under the answer box, and after the key points once they show.
  await practise(page, "concurrency-gil");
  const roundTip = page.locator(".round-question details.tip");
  await expect(roundTip).not.toHaveAttribute("open", "");
  expect(await before(page.locator(".answer-box"), roundTip)).toBe(true);
  await page.getByRole("button", { name: "显示答案" }).click();
  expect(await before(page.locator(".checklist"), roundTip)).toBe(true);
});

test("the list, where 真题 first shows, says what it means on a tap", async ({ page }) => {
  await open(page, "#/");
  const legend = page.locator(".real-legend");
  await expect(legend.getByText("真题：真实面试里被问到过的题")).toBeHidden();
  await legend.getByText("什么是真题？").click();
  await expect(legend.getByText("真题：真实面试里被问到过的题")).toBeVisible();
});
