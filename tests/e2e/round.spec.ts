import { test, expect, open, seededRandom } from "./fixtures";
import type { Page } from "@playwright/test";

const T0 = new Date("2026-11-26T09:00:00+08:00");

/** Composes a round through the composer: `count` questions, and optionally a fixed time each. */
async function compose(page: Page, count: string, fixedSecs?: number, types = "混合") {
  await open(page, "#/round");
  await page.getByRole("button", { name: "自定义一轮…" }).click();
  const form = page.locator("form.composer");
  await form.locator("label.pill", { hasText: new RegExp(`^${count}$`) }).click();
  await form.locator("label.pill", { hasText: types }).click();
  if (fixedSecs) {
    await form.locator("label.pill", { hasText: "统一" }).click();
    await page.getByRole("spinbutton", { name: "每题秒数" }).fill(String(fixedSecs));
    await page.getByRole("spinbutton", { name: "每题秒数" }).blur();
  }
  await page.getByRole("button", { name: "开始这一轮" }).click();
  await expect(page.getByRole("timer")).toBeVisible();
}

/** Answers whatever the current question is, by tapping. */
async function answer(page: Page) {
  if (await page.getByRole("button", { name: "显示答案" }).count()) {
    await page.getByRole("button", { name: "显示答案" }).click();
    await page.locator(".checklist input").first().check();
    await page.locator(".grade-buttons .button", { hasText: "会" }).first().click();
    return "open";
  }
  if (await page.locator(".choices.answerable input").count()) await page.locator(".choices.answerable input").first().check();
  // A true/false answer is submitted by its tap.
  if (await page.locator(".true-false .button").count()) await page.locator(".true-false .button").first().click();
  else {
    if (await page.locator("input.fill").count()) await page.locator("input.fill").fill("不知道");
    await page.getByRole("button", { name: "提交" }).click();
  }
  await expect(page.locator(".explanation")).toBeVisible();
  return "graded";
}

test("a full mixed round, from the composer to the results and the history", async ({ page, errors }) => {
  await seededRandom(page);
  await page.clock.install({ time: T0 });
  await compose(page, "5");
  const kinds = new Set<string>();
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByLabel("进度")).toHaveText(`${i}/5`);
    kinds.add(await answer(page));
    await page.clock.runFor(5_000);
    await page.getByRole("button", { name: i < 5 ? "下一题" : "查看结果" }).click();
  }
  await expect(page).toHaveURL(/#\/round\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  await expect(page.locator(".result-items > li")).toHaveCount(5);
  await expect(page.locator(".score")).toHaveText(/^\d+$/);
  await page.getByRole("link", { name: "回到模拟面试" }).click();
  await expect(page.locator(".history-row")).toHaveCount(1);
  expect(errors).toEqual([]);
});

test("a question times out at its deadline and says so", async ({ page }) => {
  await seededRandom(page);
  await page.clock.install({ time: T0 });
  await compose(page, "5", 10, "只要客观题");
  await expect(page.getByRole("timer")).toHaveText("0:10");
  await page.clock.runFor(9_000);
  await expect(page.getByRole("timer")).toHaveText("0:01");
  await page.clock.runFor(1_500);
  await expect(page.getByText("时间到，本题记为超时")).toBeVisible();
  await expect(page.getByRole("timer")).toHaveText("用时 0:10");
  await expect(page.locator(".explanation")).toBeVisible();
});

test("a reload mid-question resumes the same question with the right time left", async ({ page }) => {
  await seededRandom(page);
  await page.clock.install({ time: T0 });
  await compose(page, "5", 60);
  const prompt = await page.locator(".prompt").textContent();
  await page.clock.runFor(20_000);
  await expect(page.getByRole("timer")).toHaveText("0:40");
  await page.reload();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator(".prompt")).toHaveText(prompt!);
  // The installed clock keeps running in real time while the page reloads.
  await expect(page.getByRole("timer")).toHaveText(/^0:(40|39|38)$/);
  await expect(page.getByLabel("进度")).toHaveText("1/5");
});

test("ten minutes away past the deadline shows the question timed out at its deadline", async ({ page }) => {
  await seededRandom(page);
  await page.clock.install({ time: T0 });
  await compose(page, "5", 60, "只要客观题");
  await page.clock.runFor(15_000);
  // The phone is locked: no timer runs, then ten minutes have passed.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await page.clock.fastForward("10:00");
  await expect(page.getByText("时间到，本题记为超时")).toBeVisible();
  await expect(page.getByRole("timer")).toHaveText("用时 1:00");
  await expect(page.getByLabel("进度")).toHaveText("1/5");
});

test("pause stops the clock, hides the question and is counted", async ({ page }) => {
  await seededRandom(page);
  await page.clock.install({ time: T0 });
  await compose(page, "5", 60);
  await page.clock.runFor(10_000);
  await page.getByRole("button", { name: "暂停" }).click();
  await expect(page.getByRole("heading", { name: "已暂停" })).toBeVisible();
  await expect(page.locator(".prompt")).toHaveCount(0);
  await page.clock.runFor(120_000);
  await page.getByRole("button", { name: "继续作答" }).click();
  await expect(page.getByRole("timer")).toHaveText("0:50");
  await page.getByRole("button", { name: "暂停" }).click();
  await page.getByRole("button", { name: "结束本轮，查看结果" }).click();
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  await expect(page.getByText(/暂停 2 次/)).toBeVisible();
  await expect(page.getByText("未作答 5")).toBeVisible();
});

test("retry the wrong ones starts a round of exactly those", async ({ page }) => {
  await seededRandom(page);
  await page.clock.install({ time: T0 });
  await compose(page, "5", 60, "只要客观题");
  await page.clock.runFor(61_000);
  await page.getByRole("button", { name: "暂停" }).click();
  await page.getByRole("button", { name: "结束本轮，查看结果" }).click();
  await page.getByRole("button", { name: "重练没答好的 5 题" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/5");
});

test("read aloud speaks each question as it starts", async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__spoken = [];
    window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => (window as any).__spoken.push(u.text);
  });
  await open(page, "#/round");
  await page.getByRole("button", { name: "自定义一轮…" }).click();
  await page.locator("label.pill", { hasText: "像面试官一样朗读题目" }).click();
  await page.getByRole("button", { name: "开始这一轮" }).click();
  const prompt = (await page.locator(".prompt").textContent())!.trim();
  await expect.poll(() => page.evaluate(() => (window as any).__spoken.length)).toBe(1);
  const spoken: string = await page.evaluate(() => (window as any).__spoken[0]);
  expect(spoken.slice(0, 6)).toBe(prompt.slice(0, 6));
});

test.describe("on a desktop keyboard", () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test("Esc pauses and resumes; Space reveals an open answer and a digit grades it; Enter goes on", async ({ page }) => {
    await open(page, "#/round");
    await page.getByRole("button", { name: "自定义一轮…" }).click();
    await page.locator("form.composer label.pill", { hasText: "只要问答" }).click();
    await page.getByRole("button", { name: "开始这一轮" }).click();
    await expect(page.getByRole("timer")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("heading", { name: "已暂停" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.locator(".prompt")).toBeVisible();
    await page.keyboard.press(" ");
    await expect(page.locator(".checklist")).toBeVisible();
    await page.keyboard.press("3");
    await expect(page.locator(".verdict")).toContainText("不会");
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("进度")).toHaveText("2/10");
  });

  test("a digit chooses an answer of a graded question", async ({ page }) => {
    await compose(page, "10", undefined, "只要客观题");
    const choices = page.locator(".choices.answerable input");
    const truth = page.locator(".true-false .button");
    // Questions that take typing or ordering are answered and passed until one with choices shows.
    for (let passed = 0; (await choices.count()) + (await truth.count()) === 0; passed++) {
      expect(passed, "a question with choices within the round").toBeLessThan(9);
      await answer(page);
      await page.getByRole("button", { name: "下一题" }).click();
      await expect(page.getByLabel("进度")).toHaveText(`${passed + 2}/10`);
    }
    const isTruth = (await truth.count()) > 0;
    await page.keyboard.press("1");
    if (isTruth) {
      // True/false: the key answers at once.
      await expect(page.locator(".explanation")).toBeVisible();
      await expect(truth.first()).toHaveAttribute("aria-pressed", "true");
    } else {
      await expect(choices.first()).toBeChecked();
      await expect(page.getByRole("button", { name: "提交" })).toBeEnabled();
    }
  });
});

test("the composer remembers its last settings, and a quick round does not change them", async ({ page }) => {
  await seededRandom(page);
  await compose(page, "15", 90, "只要问答");
  await page.getByRole("button", { name: "暂停" }).click();
  await page.getByRole("button", { name: "结束本轮，查看结果" }).click();
  await page.getByRole("link", { name: "回到模拟面试" }).click();
  await page.getByRole("button", { name: /快速开始/ }).click();
  await page.getByRole("button", { name: "暂停" }).click();
  await page.getByRole("button", { name: "结束本轮，查看结果" }).click();
  await page.getByRole("link", { name: "回到模拟面试" }).click();
  await page.reload();
  await page.getByRole("button", { name: "自定义一轮…" }).click();
  const form = page.locator("form.composer");
  await expect(form.getByRole("radio", { name: "15" })).toBeChecked();
  await expect(form.getByRole("radio", { name: "只要问答" })).toBeChecked();
  await expect(page.getByRole("spinbutton", { name: "每题秒数" })).toHaveValue("90");
});

test("the spoken answer can be recorded and played back beside the reference answer", async ({ page }) => {
  await seededRandom(page);
  await compose(page, "5", 120, "只要问答");
  await page.getByRole("button", { name: "录音作答" }).click();
  await expect(page.getByText("● 录音中")).toBeVisible();
  await page.waitForTimeout(600);
  await page.getByRole("button", { name: "停止录音" }).click();
  await expect(page.locator(".recorder audio")).toHaveAttribute("src", /^blob:/);
  await expect(page.getByRole("button", { name: "重新录音" })).toBeVisible();
  await page.getByRole("button", { name: "显示答案" }).click();
  await expect(page.getByRole("heading", { name: "你的录音" })).toBeVisible();
  await expect(page.locator(".my-recording audio")).toHaveAttribute("src", /^blob:/);
  // Nothing of the recording is stored.
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toContain("blob:");
});

test("the screen stays on while a question runs, and not while paused or after the round", async ({ page }) => {
  await page.addInitScript(() => {
    const log: string[] = ((window as any).__wake = []);
    Object.defineProperty(navigator, "wakeLock", {
      value: {
        request: async () => {
          log.push("request");
          const sentinel = { released: false, release: async () => { sentinel.released = true; log.push("release"); } };
          return sentinel;
        },
      },
    });
  });
  await seededRandom(page);
  await compose(page, "5", 60);
  const log = () => page.evaluate(() => (window as any).__wake.join(","));
  await expect.poll(log).toBe("request");
  await page.getByRole("button", { name: "暂停" }).click();
  await expect.poll(log).toBe("request,release");
  await page.getByRole("button", { name: "继续作答" }).click();
  await expect.poll(log).toBe("request,release,request");
  await page.getByRole("button", { name: "暂停" }).click();
  await page.getByRole("button", { name: "结束本轮，查看结果" }).click();
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  await expect.poll(log).toBe("request,release,request,release");
});

test("each new question opens at its top, its stem in view", async ({ page }) => {
  await seededRandom(page);
  await compose(page, "5", undefined, "只要问答");
  await page.getByRole("button", { name: "显示答案" }).click();
  await page.locator(".grade-buttons .button", { hasText: /^会$/ }).click();
  await page.getByRole("button", { name: "显示简答与详解" }).click();
  await page.locator(".full-answer").evaluate((el) => el.scrollIntoView({ block: "end" }));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await page.getByRole("button", { name: "下一题" }).click();
  await expect(page.getByLabel("进度")).toHaveText("2/5");
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator(".round-question .prompt")).toBeInViewport();
});
