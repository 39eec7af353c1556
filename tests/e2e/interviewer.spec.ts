import { test, expect, open } from "./fixtures";
import type { Page } from "@playwright/test";
import { stubSpeech, stubSynthesis, spoken } from "./speech-stub";

// An interviewer that reacts: after an open answer is graded, the follow-up
// (追问) that probes what was missed, or a harder one after a strong answer,
// comes first with why.

/** 练这道 on concurrency-gil, answered with `typed`, revealed. */
async function answerGil(page: Page, typed: string) {
  await open(page, "#/q/concurrency-gil");
  await page.getByRole("button", { name: "练这道" }).click();
  await page.locator(".notes textarea").fill(typed);
  await page.getByRole("button", { name: "显示答案" }).click();
}

test("a missed key point brings the follow-up that probes it, first, and it can be asked aloud", async ({ page, errors }) => {
  await stubSpeech(page, { missing: true });
  await stubSynthesis(page);
  // Points 1 and 2 said; 3 (when the GIL is released) has no follow-up of
  // its own, 4 (threads for I/O, processes for CPU) does.
  await answerGil(page, "GIL 是全局解释器锁，同一时刻只有一个线程执行字节码，为了保护引用计数");
  const points = page.locator(".checklist input");
  await expect(points.nth(0)).toBeChecked();
  await expect(points.nth(3)).not.toBeChecked();
  await page.locator(".grade-buttons .button", { hasText: /^模糊$/ }).click();
  const pick = page.locator(".follow-up-pick");
  await expect(pick.locator(".why")).toContainText("你没提到：结论：I/O 密集型用多线程有效");
  await expect(pick.getByRole("button", { name: /^追问：/ })).toContainText("为什么多进程能把 8 个 CPU 核占满");
  // The others are still offered, after it.
  await expect(page.locator(".follow-ups li .follow")).toHaveCount(2);
  await pick.getByRole("button", { name: "🔊 读出追问" }).click();
  expect((await spoken(page)).at(-1)).toMatch(/^你没提到结论：I\/O 密集型用多线程有效.*。追问：同样开 8 个/);
  await pick.getByRole("button", { name: /^追问：/ }).click();
  await expect(pick.getByRole("button", { name: /^已加入：/ })).toBeDisabled();
  await expect(page.getByLabel("进度")).toHaveText("1/2");
  // A reload keeps the choice, already taken.
  await page.reload();
  await expect(page.locator(".follow-up-pick").getByRole("button", { name: /^已加入：/ })).toBeVisible();
  await page.getByRole("button", { name: "下一题" }).click();
  await expect(page.locator(".prompt")).toContainText("为什么多进程能把 8 个 CPU 核占满");
  expect(errors).toEqual([]);
});

test("a strong answer earns the harder follow-up", async ({ page }) => {
  await stubSpeech(page, { missing: true });
  await answerGil(page, "GIL 是全局解释器锁");
  const points = page.locator(".checklist input");
  for (let i = 0; i < 5; i++) await points.nth(i).check();
  await page.locator(".grade-buttons .button", { hasText: /^会$/ }).click();
  const pick = page.locator(".follow-up-pick");
  await expect(pick.locator(".why")).toHaveText("答得好，追问一个更难的：");
  await expect(pick.getByRole("button", { name: /^追问：/ })).toContainText("GIL 和互斥锁");
});

test("a weak answer whose gaps no follow-up probes singles none out", async ({ page }) => {
  await stubSpeech(page, { missing: true });
  // linux-log-analysis has one follow-up, which probes none of its key points.
  await open(page, "#/q/linux-log-analysis");
  await page.getByRole("button", { name: "练这道" }).click();
  await page.getByRole("button", { name: "显示答案" }).click();
  await page.locator(".grade-buttons .button", { hasText: /^不会$/ }).click();
  await expect(page.locator(".follow-ups")).toBeVisible();
  await expect(page.locator(".follow-up-pick")).toHaveCount(0);
});
