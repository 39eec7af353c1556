import { test, expect, rows } from "./fixtures";
import type { Page } from "@playwright/test";

/** Holds the app's wasm back, as a slow connection does; returns the release. */
async function holdApp(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("a tap on a question in the first screen's copy opens it once the app starts, without a second tap", async ({ page, errors }) => {
  const release = await holdApp(page);
  await page.goto("./");
  const row = page.locator("#boot .question-row").first();
  await expect(row).toBeVisible();
  const href = await row.getAttribute("href");
  await row.click();
  // Taken at once: the row shows it, and the status line says so.
  await expect(row).toHaveClass(/pressed/);
  await expect(page.locator("#boot .loading")).toHaveText("正在打开…");
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/#]/g, "\\$&")}$`));
  await expect(page.locator(".question-heading")).toBeVisible();
  await expect(page.getByRole("button", { name: "练这道" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a tab tapped before the app starts is the tab shown when it starts", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto("./");
  const tab = page.locator("#boot .tabs .tab", { hasText: "复习" });
  await tab.click();
  await expect(tab).toHaveClass(/pressed/);
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "复习" })).toHaveAttribute("aria-current", "page");
});

test("a topic chip and a search typed before the app starts take effect when it starts", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto("./");
  await page.locator("#boot input[type=search]").fill("装饰器");
  const chip = page.locator("#boot .chips .chip").nth(1);
  const name = (await chip.evaluate((el) => el.firstChild?.textContent ?? "")).trim();
  await chip.click();
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("#main input[type=search]")).toHaveValue("装饰器");
  await expect(page.locator(".chips .chip").nth(1)).toHaveAttribute("aria-pressed", "true");
  await expect(rows(page).first()).toBeVisible();
  for (const topic of await rows(page).locator(".badge.topic").allTextContents()) expect(topic).toBe(name);
});
