import { storedLog } from "../../scripts/stored-log.mjs";
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

/** Same questions every run: Math.random is replaced by a seeded generator. */
export async function seededRandom(page: Page, seed = 20261126) {
  await page.addInitScript((start) => {
    let s = start;
    Math.random = () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
  }, seed);
}

export const rows = (page: Page) => page.locator(".question-list .question-row");

/** How many answers a stored review log holds, checking it is in the current form. */
export function storedAnswerCount(raw: string | null): number {
  const log = storedLog(raw);
  expect(log.version, "the review log is stored in the current form").toBe(2);
  return log.answers;
}

/** From 模拟面试: a round of five open questions, each revealed and graded `grade`
 * (with every key point ticked for 会, none for 不会), up to 本轮结果. */
export async function playOpenRound(page: Page, grade: "会" | "不会") {
  await page.getByRole("button", { name: "自定义一轮…" }).click();
  const form = page.locator("form.composer");
  await form.locator("label.pill", { hasText: /^5$/ }).click();
  await form.locator("label.pill", { hasText: "只要问答" }).click();
  await page.getByRole("button", { name: "开始这一轮" }).click();
  for (let i = 1; i <= 5; i++) {
    await page.getByRole("button", { name: "显示答案" }).click();
    if (grade === "会") for (const point of await page.locator(".checklist input").all()) await point.check();
    await page.locator(".grade-buttons .button", { hasText: new RegExp(`^${grade}$`) }).click();
    await page.getByRole("button", { name: i < 5 ? "下一题" : "查看结果" }).click();
  }
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
}
