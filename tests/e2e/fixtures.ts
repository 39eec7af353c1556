import { test as base, expect, type Page } from "@playwright/test";

/** Console errors and uncaught exceptions seen by a page during a test. */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(String(err)));
    await use(errors);
  },
});

export { expect };

/** Opens the app at a hash route and waits until the app (not the static boot screen) shows. */
export async function open(page: Page, hash = "#/") {
  await page.goto(`./${hash}`);
  await expect(page.locator("#boot")).toHaveCount(0);
}

export const rows = (page: Page) => page.locator(".question-list .question-row");
