import { test, expect, open, rows } from "./fixtures";
import type { Page } from "@playwright/test";

/** The hash of the first question of a type, read from the bank screen. */
async function firstOfType(page: Page, label: string) {
  await open(page);
  await page.getByRole("combobox", { name: "题型" }).selectOption({ label });
  const href = await rows(page).first().getAttribute("href");
  expect(href).toMatch(/^#\/q\/[a-z0-9-]+$/);
  return href!;
}

test("a deep link opens its question, and the full answer shows on tap", async ({ page, errors }) => {
  const hash = await firstOfType(page, "问答");
  await page.goto("about:blank");
  await open(page, hash);
  await expect(page.locator(".prompt")).not.toBeEmpty();
  await expect(page.getByRole("heading", { name: "要点" })).toBeVisible();
  expect(await page.locator(".key-points li").count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator(".short-answer")).not.toBeEmpty();
  await expect(page.locator(".full-answer")).toHaveCount(0);
  await page.getByRole("button", { name: "显示完整答案" }).click();
  await expect(page.getByRole("heading", { name: "详解" })).toBeVisible();
  await expect(page.locator(".full-answer")).not.toBeEmpty();
  await expect(page.getByRole("button", { name: "显示完整答案" })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a choice question reveals its answer and explanation", async ({ page }) => {
  const hash = await firstOfType(page, "单选");
  await page.goto(`./${hash}`);
  const choices = page.locator(".choices li");
  expect(await choices.count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator(".explanation")).toHaveCount(0);
  await page.getByRole("button", { name: "显示答案" }).click();
  await expect(page.locator(".solution")).toHaveText(/^[A-H]$/);
  await expect(page.locator(".explanation")).not.toBeEmpty();
});

test("an ordering question is shown scrambled and answered in order", async ({ page }) => {
  const hash = await firstOfType(page, "排序");
  await page.goto(`./${hash}`);
  const shown = await page.locator(".order-items li").allTextContents();
  await page.getByRole("button", { name: "显示答案" }).click();
  const answer = await page.locator(".order-solution li").allTextContents();
  expect([...shown].sort()).toEqual([...answer].sort());
  expect(shown).not.toEqual(answer);
});

test("follow-up questions link to their pages", async ({ page }) => {
  await open(page);
  for (const href of await rows(page).evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
    await page.goto(`./${href}`);
    if ((await page.locator(".follow-ups a").count()) > 0) break;
  }
  const follow = page.locator(".follow-ups a").first();
  const title = (await follow.textContent())!.trim();
  await follow.click();
  await expect(page).toHaveURL(/#\/q\/[a-z0-9-]+$/);
  await expect(page.locator(".prompt")).toContainText(title.slice(0, 8));
});

test("an unknown question id and an unknown page say so", async ({ page }) => {
  await open(page, "#/q/no-such-question");
  await expect(page.getByRole("heading", { name: "没有找到这道题" })).toBeVisible();
  await page.goto("./#/nowhere");
  await expect(page.getByRole("heading", { name: "找不到这个页面" })).toBeVisible();
  await page.getByRole("link", { name: "回到题库" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /题库/ })).toBeVisible();
});

test("every tab opens its screen and marks itself current", async ({ page }) => {
  await open(page);
  const nav = page.getByRole("navigation", { name: "主导航" });
  await nav.getByRole("link", { name: "模拟面试" }).click();
  await expect(page.getByRole("button", { name: /快速开始/ })).toBeVisible();
  await nav.getByRole("link", { name: "复习" }).click();
  await expect(page.getByRole("button", { name: "开始复习" })).toBeVisible();
  await nav.getByRole("link", { name: "统计" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "统计" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "统计" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("即将推出")).toHaveCount(0);
  await nav.getByRole("link", { name: "题库" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /题库/ })).toBeVisible();
  await nav.getByRole("link", { name: "设置" }).click();
  await expect(page.getByText(/\d+ 个主题，\d+ 道题/)).toBeVisible();
});

test("a 'what is X' question offers the answering framework, folded", async ({ page }) => {
  await open(page, "#/q/docker-intro");
  const tip = page.locator("details.tip");
  await expect(tip.locator("summary")).toContainText("答题思路");
  await expect(tip.locator(".tip-body")).toBeHidden();
  await tip.locator("summary").click();
  await expect(tip.locator(".tip-body")).toBeVisible();
  await expect(tip.locator(".tip-body")).toContainText("生命周期");
});

test("a fill-in answer shows the one canonical answer, not every accepted spelling", async ({ page }) => {
  await open(page, "#/q/django-logging-request-logger");
  await page.getByRole("button", { name: "显示答案" }).click();
  await expect(page.locator(".solution")).toHaveText("django.request");
});

test("a note is saved as it is typed: a reload right after typing keeps it", async ({ page }) => {
  await open(page, "#/q/redis-why-fast");
  const note = page.getByLabel("我的笔记（只保存在这个浏览器里）");
  await note.pressSequentially("先说内存，再说单线程");
  // No blur: the page goes away with the focus still in the box.
  await page.reload();
  await expect(note).toHaveValue("先说内存，再说单线程");
  await note.pressSequentially("，最后多路复用");
  await expect(page.getByText("已保存")).toBeVisible();
  await page.goto("./#/");
  await page.goto("./#/q/redis-why-fast");
  await expect(note).toHaveValue("先说内存，再说单线程，最后多路复用");
});
