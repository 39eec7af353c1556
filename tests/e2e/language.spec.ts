import { test, expect, open } from "./fixtures";
import type { Page } from "@playwright/test";

const tabs = (page: Page) => page.getByRole("navigation").locator(".tab-label");
const tab = (page: Page, name: string) => page.getByRole("navigation").getByRole("link", { name, exact: true });

async function chooseLanguage(page: Page, name: "English" | "中文") {
  await page.locator("label.pill", { hasText: name }).click();
}

test("the UI switches to English and back, and the choice is kept", async ({ page, errors }) => {
  await open(page, "#/settings");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await chooseLanguage(page, "English");

  // At once, without a reload: the whole shell and this screen.
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(tabs(page)).toHaveText(["Questions", "Interview", "Review", "Stats", "Settings"]);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.locator("fieldset", { hasText: "Theme" }).locator("label.pill")).toHaveText(["System", "Light", "Dark"]);
  await expect(page.getByRole("button", { name: "Export backup" })).toBeVisible();
  await expect(page).toHaveTitle(/Interview Drill/);
  // The switch keeps the focus, so a keyboard user is not thrown to the top.
  await expect(page.locator("input[name=lang]:checked")).toBeFocused();

  // 题库: controls in English, the questions themselves still Chinese.
  await tab(page, "Questions").click();
  await expect(page.getByRole("heading", { level: 1, name: /Questions/ })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search questions and answers" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Type" })).toContainText("All types");
  await expect(page.getByRole("combobox", { name: "Difficulty" })).toContainText("Advanced");
  await expect(page.getByRole("status")).toHaveText(/^All \d+ questions$/);
  const firstQuestion = page.locator(".question-list .question-title").first();
  await expect(firstQuestion).toHaveText(/[\u4e00-\u9fff]/);

  // A question page: its headings in English, its answer in Chinese.
  await page.goto("./#/q/redis-why-fast");
  await expect(page.getByRole("heading", { name: "Key points" })).toBeVisible();
  await expect(page.locator(".prompt")).toHaveText(/[\u4e00-\u9fff]/);
  await expect(page.locator(".question-heading")).toHaveText("Redis");

  // 模拟面试: the composer and a running round.
  await tab(page, "Interview").click();
  await expect(page.getByRole("heading", { level: 1, name: "Mock interview" })).toBeVisible();
  await page.getByRole("button", { name: "Custom round…" }).click();
  const form = page.locator("form.composer");
  await expect(form.locator("legend")).toContainText(["Questions", "Topics (none = all)", "Time per question"]);
  await form.locator("label.pill", { hasText: "Open only" }).click();
  await page.getByRole("button", { name: "Start round" }).click();
  await expect(page.getByRole("timer", { name: "Time for this question" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(page.locator(".round-question .prompt")).toHaveText(/[\u4e00-\u9fff]/);
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByRole("heading", { name: "Key points: tick the ones you said" })).toBeVisible();
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("button", { name: "End round and see results" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Results" })).toBeVisible();
  await expect(page.locator(".tally")).toContainText("Not reached");

  // After a reload the static first screen and the app are both English.
  await page.goto("./#/review");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await expect(tabs(page)).toHaveText(["Questions", "Interview", "Review", "Stats", "Settings"]);

  // And back to Chinese.
  await tab(page, "Settings").click();
  await chooseLanguage(page, "中文");
  await expect(page.getByRole("heading", { level: 1, name: "设置" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(tabs(page)).toHaveText(["题库", "模拟面试", "复习", "统计", "设置"]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "设置" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("the static first screen is English before the app starts", async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem("drill.prefs", JSON.stringify({ v: 1, data: { theme: "System", text: "Normal", lang: "En" } }));
  });
  // Hold the wasm back so the boot screen stays up to be read.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./#/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("#boot")).toContainText("Loading…");
  await expect(page.locator("#boot h1")).toContainText("Questions");
  await expect(page.locator("#boot .result-count")).toContainText("All");
  await expect(page.locator("#boot .tab-label")).toHaveText(["Questions", "Interview", "Review", "Stats", "Settings"]);
  await expect(page.locator("#boot nav")).toHaveAttribute("aria-label", "Main");
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: /Questions/ })).toBeVisible();
});

test("prefs saved before the language switch existed keep their theme and read Chinese", async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem("drill.prefs", JSON.stringify({ v: 1, data: { theme: "Dark", text: "Large" } }));
  });
  await open(page, "#/settings");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.locator("input[name=lang]").first()).toBeChecked();
});
