import { test, expect, open } from "./fixtures";
import type { Page } from "@playwright/test";

// What Tab should reach: every visible control of the screen.
const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Tabs through the whole screen once (a long list draws more rows as
 * focus nears its end) and returns each stop: its mark, whether it showed
 * a focus ring, and what it was. */
async function tabThrough(page: Page) {
  const seen: { key: string; ring: boolean; what: string }[] = [];
  for (let i = 0; i < 2000; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // A visually hidden radio shows its ring on the pill beside it, a
      // file input on its button.
      const drawn = el.matches(".pill input") ? (el.nextElementSibling as HTMLElement) : el.closest(".file-button") ?? el;
      const style = getComputedStyle(drawn);
      const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      const what = `${el.outerHTML.slice(0, 100)} outline ${style.outlineStyle} ${style.outlineWidth}`;
      return { key: el.getAttribute("data-key") ?? "", ring, what };
    });
    // Past the last control focus leaves the page, or wraps to the first.
    if (!stop || (seen.length > 0 && stop.what === seen[0].what)) break;
    seen.push(stop);
  }
  return seen;
}

async function markTabbable(page: Page) {
  return page.evaluate((selector) => {
    const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      const target = el.matches(".pill input") ? (el.nextElementSibling as HTMLElement) : el;
      const box = target.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && !el.closest("[inert]");
    });
    visible.forEach((el, i) => el.setAttribute("data-key", String(i)));
    return visible.length;
  }, TABBABLE);
}

for (const [name, hash, prepare] of [
  ["题库", "#/", null],
  ["a question", "#/q/redis-why-fast", null],
  ["the composer", "#/round", "自定义一轮…"],
  ["复习", "#/review", null],
  ["统计", "#/stats", null],
  ["设置", "#/settings", null],
] as const) {
  test(`${name}: Tab reaches every control, and each shows a focus ring`, async ({ page }) => {
    // 题库 draws every question's row on the way: the walk grows with the bank.
    test.setTimeout(300_000);
    await open(page, hash);
    if (prepare) await page.getByRole("button", { name: prepare }).click();
    // Start from the top of the page, as after loading it.
    await page.evaluate(() => {
      const start = document.createElement("span");
      start.tabIndex = -1;
      document.body.prepend(start);
      start.focus();
    });
    const count = await markTabbable(page);
    expect(count).toBeGreaterThan(3);
    const seen = await tabThrough(page);
    const reached = new Set(seen.map((s) => s.key));
    const missed = [];
    for (let i = 0; i < count; i++) {
      if (reached.has(String(i))) continue;
      // 再显示 goes away once the whole list is drawn.
      if ((await page.locator(`[data-key="${i}"]`).count()) === 0) continue;
      const isRadio = await page.locator(`[data-key="${i}"]`).evaluate((el) => el.matches("input[type=radio]"));
      if (!isRadio) missed.push(await page.locator(`[data-key="${i}"]`).evaluate((el) => el.outerHTML.slice(0, 120)));
    }
    expect(missed, "every control but the other radios of a group is reached").toEqual([]);
    const unringed = seen.filter((s) => !s.ring).map((s) => s.what);
    expect(unringed, "every stop shows a focus ring").toEqual([]);
  });
}

test("a question opens and its answer shows from the keyboard alone", async ({ page }) => {
  await open(page);
  const first = page.locator(".question-row").first();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".question-page")).toBeVisible();
  const show = page.getByRole("button", { name: "显示完整答案" });
  await show.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".full-answer")).toBeVisible();
});
