import { test, expect, open } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

async function noViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(found).toEqual([]);
}

/** A question of each type, what shows it is being answered, and an answer. */
const oneOfEachType: { kind: string; id: string; input: string; answer: (page: Page) => Promise<void> }[] = [
  { kind: "问答", id: "redis-why-fast", input: ".round-question", answer: async () => {} },
  {
    kind: "单选",
    id: "python-str-assign-error",
    input: ".choices.answerable input[type=radio]",
    answer: (page) => page.locator(".choices.answerable input").first().check(),
  },
  {
    kind: "多选",
    id: "python-immutable-types",
    input: ".choices.answerable input[type=checkbox]",
    answer: (page) => page.locator(".choices.answerable input").first().check(),
  },
  {
    kind: "判断",
    id: "python-new-before-init",
    input: ".true-false .button",
    answer: (page) => page.locator(".true-false .button").first().click(),
  },
  { kind: "填空", id: "python-getrefcount-fill", input: "input.fill", answer: (page) => page.locator("input.fill").fill("x") },
  { kind: "排序", id: "python-mro-diamond", input: ".order-input", answer: async () => {} },
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const [size, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 800 }]] as const) {
    test.describe(`${colorScheme}, ${size}`, () => {
      test.use({ colorScheme, viewport });

      test("every screen has no axe violations", async ({ page }, info) => {
        test.skip(info.project.name !== "phone", "the same pages as at /");
        // About forty full-page audits: slow on a loaded two-core machine.
        test.setTimeout(360_000);
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
        // One round per question type, each of one known question (练这道),
        // so every type's answering, feedback and results screens are
        // audited on every run, not only the types a random round serves.
        for (const { kind, id, input, answer } of oneOfEachType) {
          await open(page, `#/q/${id}`);
          await page.getByRole("button", { name: "练这道" }).click();
          await expect(page.getByRole("timer")).toBeVisible();
          await expect(page.locator(input).first()).toBeVisible();
          await noViolations(page, `${kind} runner`);
          if (kind === "问答") {
            await page.getByRole("button", { name: "显示答案" }).click();
            await noViolations(page, `${kind} revealed`);
            await page.getByRole("button", { name: "暂停" }).click();
            await noViolations(page, "paused");
            await page.getByRole("button", { name: "继续作答" }).click();
            await page.locator(".grade-buttons .button", { hasText: /^会$/ }).click();
          } else {
            await answer(page);
            // A true/false answer is submitted by its tap.
            if (kind !== "判断") await page.getByRole("button", { name: "提交" }).click();
            await expect(page.locator(".explanation")).toBeVisible();
          }
          await noViolations(page, `${kind} feedback`);
          await page.getByRole("button", { name: "查看结果" }).click();
          await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
          await noViolations(page, `${kind} results`);
        }
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
