import { test, expect, open } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

async function noViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(found).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  for (const [size, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 800 }]] as const) {
    test.describe(`${colorScheme}, ${size}`, () => {
      test.use({ colorScheme, viewport });

      test("every screen has no axe violations", async ({ page }, info) => {
        test.skip(info.project.name !== "phone", "the same pages as at /");
        // Fifteen full-page audits: slow on a loaded two-core machine.
        test.setTimeout(180_000);
        for (const hash of ["#/", "#/q/redis-why-fast", "#/q/python-str-assign-error", "#/q/python-mro-diamond", "#/round", "#/review", "#/stats", "#/settings", "#/nowhere"]) {
          await open(page, hash);
          await noViolations(page, hash);
        }
        await open(page, "#/q/redis-why-fast");
        await page.getByRole("button", { name: "显示完整答案" }).click();
        await noViolations(page, "full answer");
        await open(page, "#/round");
        await page.getByRole("button", { name: "自定义一轮…" }).click();
        await noViolations(page, "composer");
        await page.getByRole("button", { name: /快速开始/ }).click();
        await expect(page.getByRole("timer")).toBeVisible();
        await noViolations(page, "runner");
        if (await page.getByRole("button", { name: "显示答案" }).count()) {
          await page.getByRole("button", { name: "显示答案" }).click();
          await noViolations(page, "revealed");
        }
        await page.getByRole("button", { name: "暂停" }).click();
        await noViolations(page, "paused");
        await page.getByRole("button", { name: "结束本轮，查看结果" }).click();
        await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
        await noViolations(page, "results");
        // A round of graded questions, before and after an answer.
        await open(page, "#/round");
        await page.getByRole("button", { name: "自定义一轮…" }).click();
        await page.locator("form.composer label.pill", { hasText: "只要客观题" }).click();
        await page.getByRole("button", { name: "开始这一轮" }).click();
        await expect(page.getByRole("timer")).toBeVisible();
        await noViolations(page, "graded runner");
        if (await page.locator(".choices.answerable input").count()) await page.locator(".choices.answerable input").first().check();
        else if (await page.locator(".true-false .button").count()) await page.locator(".true-false .button").first().click();
        else if (await page.locator("input.fill").count()) await page.locator("input.fill").fill("x");
        // A true/false answer is submitted by its tap.
        if (await page.getByRole("button", { name: "提交" }).count()) await page.getByRole("button", { name: "提交" }).click();
        await expect(page.locator(".explanation")).toBeVisible();
        await noViolations(page, "graded feedback");
      });
    });
  }
}

test("the countdown is announced at 60, 30 and 10 seconds left, not every second", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-26T09:00:00+08:00") });
  await open(page, "#/round");
  await page.getByRole("button", { name: "自定义一轮…" }).click();
  await page.locator("form.composer label.pill", { hasText: "统一" }).click();
  await page.getByRole("spinbutton", { name: "每题秒数" }).fill("70");
  await page.getByRole("spinbutton", { name: "每题秒数" }).blur();
  await page.getByRole("button", { name: "开始这一轮" }).click();
  const live = page.locator(".runner-bar [aria-live=polite]");
  await page.clock.runFor(5_000);
  await expect(live).toHaveText("");
  await page.clock.runFor(6_000);
  await expect(live).toHaveText("还剩 60 秒");
  await page.clock.runFor(20_000);
  await expect(live).toHaveText("还剩 60 秒");
  await page.clock.runFor(10_000);
  await expect(live).toHaveText("还剩 30 秒");
  await page.clock.runFor(20_000);
  await expect(live).toHaveText("还剩 10 秒");
});

test("focus moves to each new question", async ({ page }) => {
  await open(page, "#/round");
  await page.getByRole("button", { name: "自定义一轮…" }).click();
  await page.locator("form.composer label.pill", { hasText: "只要问答" }).click();
  await page.getByRole("button", { name: "开始这一轮" }).click();
  await expect(page.locator(".round-question")).toBeFocused();
  await page.getByRole("button", { name: "显示答案" }).click();
  await page.locator(".grade-buttons .button", { hasText: "会" }).first().click();
  await page.getByRole("button", { name: "下一题" }).click();
  await expect(page.getByLabel("进度")).toHaveText("2/10");
  await expect(page.locator(".round-question")).toBeFocused();
});

test("the theme and text size can be chosen and are kept", async ({ page }) => {
  await open(page, "#/settings");
  const root = page.locator("html");
  await expect(root).not.toHaveAttribute("data-theme", /./);
  await page.locator("label.pill", { hasText: "深色" }).click();
  await page.locator("label.pill", { hasText: /^大$/ }).click();
  await expect(root).toHaveAttribute("data-theme", "dark");
  await expect(root).toHaveAttribute("data-text", "large");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe("rgb(21, 23, 26)");
  await page.reload();
  await expect(root).toHaveAttribute("data-theme", "dark");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("18px");
  await page.locator("label.pill", { hasText: "浅色" }).click();
  expect(await background()).toBe("rgb(246, 247, 249)");
  await page.locator("label.pill", { hasText: "跟随系统" }).click();
  await expect(root).not.toHaveAttribute("data-theme", /./);
});

test("the English screens have no axe violations either", async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    localStorage.setItem("drill.prefs", JSON.stringify({ v: 1, data: { theme: "System", text: "Normal", lang: "En" } }));
  });
  for (const hash of ["#/", "#/q/python-str-assign-error", "#/stats", "#/settings"]) {
    await open(page, hash);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await noViolations(page, `English ${hash}`);
  }
  await open(page, "#/round");
  await page.getByRole("button", { name: "Custom round…" }).click();
  await noViolations(page, "English composer");
});

for (const reducedMotion of ["reduce", "no-preference"] as const) {
  test(`an answer fades in only when motion is welcome (${reducedMotion})`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion });
    await open(page, "#/q/redis-why-fast");
    await page.getByRole("button", { name: "显示完整答案" }).click();
    const animation = await page.locator(".revealed").first().evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe(reducedMotion === "reduce" ? "none" : "appear");
  });
}
