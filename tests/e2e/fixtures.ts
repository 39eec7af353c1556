import { test as base, expect, type Page } from "@playwright/test";

/**
 * `errors`: console errors and uncaught exceptions seen by a page.
 * `cspViolations` (automatic): every test ends with zero Content-Security-Policy violations.
 */
export const test = base.extend<{ errors: string[]; cspViolations: void }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(String(err)));
    await use(errors);
  },
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction("__reportCsp", (v: string) => violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          (window as any).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await use();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app at a hash route and waits until the app (not the static boot screen) shows. */
export async function open(page: Page, hash = "#/") {
  await page.goto(`./${hash}`);
  await expect(page.locator("#boot")).toHaveCount(0);
}

export const rows = (page: Page) => page.locator(".question-list .question-row");
