import { test, expect, open } from "./fixtures";
import type { Page } from "@playwright/test";
import { stubSpeech, say } from "./speech-stub";

// Answering out loud. Headless Chromium reaches no speech service, so the
// browser's SpeechRecognition is replaced by a stand-in whose events the
// test fires: everything else (the app's handling, matching, storage) is real.

const T0 = new Date("2026-11-26T09:00:00+08:00");

const lastRecognition = (page: Page) =>
  page.evaluate(() => {
    const r = (window as any).__speech.instances.at(-1);
    return { lang: r.lang, continuous: r.continuous, interimResults: r.interimResults, processLocally: r.processLocally, started: r.started };
  });

/** 练这道 on concurrency-gil: a round of that one open question. */
async function practiseGil(page: Page) {
  await open(page, "#/q/concurrency-gil");
  await page.getByRole("button", { name: "练这道" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/1");
}

const SPOKEN = "嗯，GIL 就是全局解释器锁，同一时刻只有一个线程在执行字节码，然后它主要是为了保护引用计数";

test("a spoken answer becomes the transcript, suggests the key points heard, and the user's ticks decide the score", async ({ page, errors }) => {
  await page.clock.install({ time: T0 });
  await stubSpeech(page);
  await practiseGil(page);
  await page.getByRole("button", { name: "说出答案" }).click();
  // This browser would send audio to its vendor's service: asked first, once.
  await expect(page.getByText("会把录音发到浏览器厂商的语音服务")).toBeVisible();
  await page.getByRole("button", { name: "用语音" }).click();
  expect(await lastRecognition(page)).toEqual({ lang: "zh-CN", continuous: true, interimResults: true, processLocally: false, started: true });
  await say(page, [["嗯，GIL 就是全局解释器锁", false]]);
  await expect(page.locator(".voice-status")).toContainText("全局解释器锁");
  await say(page, [[SPOKEN, true]]);
  await expect(page.locator(".notes textarea")).toHaveValue(SPOKEN);
  await page.getByRole("button", { name: "说完了" }).click();
  await expect(page.getByRole("button", { name: "说出答案" })).toBeVisible();

  await page.getByRole("button", { name: "显示答案" }).click();
  const points = page.locator(".checklist input");
  await expect(points).toHaveCount(5);
  await expect(points.nth(0)).toBeChecked();
  await expect(points.nth(1)).toBeChecked();
  for (const i of [2, 3, 4]) await expect(points.nth(i)).not.toBeChecked();
  await expect(page.locator(".checklist li").nth(0).locator(".heard")).toContainText("同一时刻");
  await expect(page.locator(".my-notes mark").first()).toBeVisible();
  await expect(page.locator(".my-notes mark")).toContainText(["同一时刻", "引用计数"]);
  const before = await page.locator(".grade-hint").textContent();
  // The user disagrees with one suggestion: the score follows the ticks.
  await points.nth(1).uncheck();
  await expect(page.locator(".grade-hint")).not.toHaveText(before!);
  await page.locator(".grade-buttons .button", { hasText: /^模糊$/ }).click();
  await expect(page.locator(".verdict")).toBeVisible();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("drill.round.current") ?? "null"));
  const item = stored?.data.items[0] ?? JSON.parse(localStorage.getItem("drill.round.history")!).data.at(-1).items[0];
  expect(item.notes).toBe(SPOKEN);
  expect(item.suggested).toEqual([true, true, false, false, false]);
  expect(item.ticked).toEqual([true, false, false, false, false]);

  // The second time, no question about the service.
  await page.getByRole("button", { name: "查看结果" }).click();
  await practiseGil(page);
  await page.getByRole("button", { name: "说出答案" }).click();
  await expect(page.getByText("会把录音发到浏览器厂商的语音服务")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "说完了" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a typed answer is matched the same way", async ({ page }) => {
  await stubSpeech(page, { missing: true });
  await practiseGil(page);
  await page.locator(".notes textarea").fill("CPU 密集的纯 Python 代码用多线程没法利用多核，IO 密集的用线程还是有用的");
  await page.getByRole("button", { name: "显示答案" }).click();
  const points = page.locator(".checklist input");
  await expect(points.nth(3)).toBeChecked();
  for (const i of [0, 1, 2, 4]) await expect(points.nth(i)).not.toBeChecked();
});

test("on-device recognition is used when the browser has it, and 设置 says so", async ({ page }) => {
  await stubSpeech(page, { available: "available" });
  await open(page, "#/settings");
  await expect(page.getByText("这个浏览器在本机识别中文：录音不离开这台设备。")).toBeVisible();
  await practiseGil(page);
  await page.getByRole("button", { name: "说出答案" }).click();
  // Nothing leaves the device, so nothing to agree to.
  await expect(page.getByText("会把录音发到浏览器厂商的语音服务")).toHaveCount(0);
  expect((await lastRecognition(page)).processLocally).toBe(true);
  await expect(page.locator(".voice-status")).toContainText("本机识别");
});

test("the on-device model can be installed from 设置", async ({ page }) => {
  await stubSpeech(page, { available: "downloadable" });
  await open(page, "#/settings");
  await expect(page.getByText("可以下载中文的本机识别模型")).toBeVisible();
  await page.getByRole("button", { name: "下载本机识别模型" }).click();
  await expect(page.getByText("这个浏览器在本机识别中文：录音不离开这台设备。")).toBeVisible();
});

test("voice can be switched off in 设置", async ({ page }) => {
  await stubSpeech(page);
  await open(page, "#/settings");
  await expect(page.getByText("会把录音发到浏览器厂商的语音服务（例如 Google 或 Apple）转成文字；第一次使用前会先问你")).toBeVisible();
  await page.getByLabel("在模拟面试和复习里提供「说出答案」").uncheck();
  await page.reload();
  await expect(page.getByLabel("在模拟面试和复习里提供「说出答案」")).not.toBeChecked();
  await practiseGil(page);
  await expect(page.getByRole("button", { name: "说出答案" })).toHaveCount(0);
  await expect(page.locator(".notes textarea")).toBeEditable();
});

test("refused permission falls back to typing with a clear message", async ({ page }) => {
  await stubSpeech(page);
  await practiseGil(page);
  await page.getByRole("button", { name: "说出答案" }).click();
  await page.getByRole("button", { name: "用语音" }).click();
  await page.evaluate(() => (window as any).__speech.fail("not-allowed"));
  await expect(page.getByRole("alert")).toContainText("没有麦克风权限");
  await expect(page.locator(".notes textarea")).toBeEditable();
  await page.locator(".notes textarea").fill("全局解释器锁，同一时刻只有一个线程");
  await page.getByRole("button", { name: "显示答案" }).click();
  await expect(page.locator(".checklist input").first()).toBeChecked();
});

test("a browser without recognition offers typing only, and says why in 设置", async ({ page }) => {
  await stubSpeech(page, { missing: true });
  await open(page, "#/settings");
  await expect(page.getByText("这个浏览器不支持语音识别")).toBeVisible();
  await practiseGil(page);
  await expect(page.getByRole("button", { name: "说出答案" })).toHaveCount(0);
  await expect(page.locator(".notes textarea")).toBeEditable();
});

test("a reload mid-answer comes back to the same question with the transcript so far", async ({ page }) => {
  await page.clock.install({ time: T0 });
  // The wall clock stands still (timers run), so the countdown reads the same after the reload.
  await page.clock.setFixedTime(T0);
  await stubSpeech(page);
  await practiseGil(page);
  await page.getByRole("button", { name: "说出答案" }).click();
  await page.getByRole("button", { name: "用语音" }).click();
  await say(page, [["GIL 是全局解释器锁", true], ["同一时刻只有", false]]);
  await expect(page.locator(".notes textarea")).toHaveValue("GIL 是全局解释器锁同一时刻只有");
  const timer = await page.getByRole("timer").textContent();
  await page.reload();
  await expect(page.getByLabel("进度")).toHaveText("1/1");
  await expect(page.locator(".notes textarea")).toHaveValue("GIL 是全局解释器锁同一时刻只有");
  expect(await page.getByRole("timer").textContent()).toBe(timer);
  // Speaking again adds to what is there.
  await page.getByRole("button", { name: "说出答案" }).click();
  await say(page, [["为了保护引用计数", true]]);
  await expect(page.locator(".notes textarea")).toHaveValue("GIL 是全局解释器锁同一时刻只有 为了保护引用计数");
});

test("an absurd transcript (20,000 characters, emoji, markup, script) is shown as text and breaks nothing", async ({ page, errors }) => {
  await stubSpeech(page);
  await practiseGil(page);
  await page.getByRole("button", { name: "说出答案" }).click();
  await page.getByRole("button", { name: "用语音" }).click();
  const evil = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>🙂 同一时刻只有一个线程 `;
  const long = evil.repeat(Math.ceil(20_000 / evil.length));
  await say(page, [[long, true]]);
  await page.getByRole("button", { name: "说完了" }).click();
  await page.getByRole("button", { name: "显示答案" }).click();
  await expect(page.locator(".checklist input").first()).toBeChecked();
  await expect(page.locator(".my-notes img, .my-notes script")).toHaveCount(0);
  await expect(page.locator(".my-notes p").first()).toContainText("<script>window.__pwned=2</script>🙂");
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  // The page still works: grade and finish.
  await page.locator(".grade-buttons .button", { hasText: /^会$/ }).click();
  await page.getByRole("button", { name: "查看结果" }).click();
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("answer texts stay in their round unless the user keeps them with the review log", async ({ page }) => {
  await stubSpeech(page, { missing: true });
  const answerOnce = async (text: string) => {
    await practiseGil(page);
    await page.locator(".notes textarea").fill(text);
    await page.getByRole("button", { name: "显示答案" }).click();
    await page.locator(".grade-buttons .button", { hasText: /^会$/ }).click();
    await page.getByRole("button", { name: "查看结果" }).click();
    await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  };
  // Off by default: the log has the answer, the text is nowhere else.
  await answerOnce("第一次：全局解释器锁");
  expect(await page.evaluate(() => localStorage.getItem("drill.answers"))).toBeNull();
  await page.goto("./#/q/concurrency-gil");
  await expect(page.getByRole("heading", { name: "你保存的回答" })).toHaveCount(0);

  await page.goto("./#/settings");
  await page.getByLabel(/把每道问答题的回答文字和复习记录一起保存/).check();
  await answerOnce("第二次：同一时刻只有一个线程执行字节码");
  await page.goto("./#/q/concurrency-gil");
  const kept = page.locator(".kept-answers li");
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText("第二次：同一时刻只有一个线程执行字节码");
  await page.reload();
  await expect(kept).toHaveCount(1);
});

/** getUserMedia fails as a browser fails it: a DOMException with `name`. */
async function refuseMicrophone(page: Page, name: string) {
  await page.addInitScript((name) => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("raw browser text", name));
  }, name);
}

for (const [name, sentence] of [
  ["NotFoundError", "没有找到麦克风：接上或打开麦克风后再点「录音作答」"],
  ["NotAllowedError", "麦克风权限被拒绝了：在浏览器的网站设置里允许这个网站使用麦克风"],
] as const) {
  test(`a recorder that meets ${name} says what happened and what to do, in the user's words`, async ({ page }) => {
    await stubSpeech(page, { missing: true });
    await refuseMicrophone(page, name);
    await practiseGil(page);
    await page.getByRole("button", { name: "录音作答" }).click();
    const alert = page.locator(".recorder [role=alert]");
    await expect(alert).toContainText(sentence);
    await expect(alert).not.toContainText(name);
    await expect(alert).not.toContainText("raw browser text");
    // Still answerable, and the button is there to try again.
    await expect(page.getByRole("button", { name: "录音作答" })).toBeVisible();
    await expect(page.locator(".notes textarea")).toBeEditable();
  });
}

test("the recorder's message follows the language", async ({ page }) => {
  await stubSpeech(page, { missing: true });
  await refuseMicrophone(page, "NotFoundError");
  await open(page, "#/settings");
  await page.locator("label.pill", { hasText: "English" }).click();
  await page.goto("./#/q/concurrency-gil");
  await page.getByRole("button", { name: "Practise this one" }).click();
  await page.getByRole("button", { name: "Record answer" }).click();
  await expect(page.locator(".recorder [role=alert]")).toHaveText(/^No microphone found: connect or switch on a microphone/);
});

for (const [code, sentence] of [
  ["not-allowed", "没有麦克风权限：可以在浏览器的网站设置里允许，或者直接打字作答。"],
  ["service-not-allowed", "浏览器或系统不允许使用语音识别服务"],
  ["audio-capture", "没有找到麦克风，请直接打字作答。"],
  ["aborted", "语音识别被中断了：再点一次「说出答案」"],
  ["bad-grammar", "语音识别没有成功：再点一次「说出答案」，或者直接打字作答。"],
] as const) {
  test(`speech recognition error "${code}" is told as a sentence, never as its code`, async ({ page }) => {
    await stubSpeech(page);
    await practiseGil(page);
    await page.getByRole("button", { name: "说出答案" }).click();
    await page.getByRole("button", { name: "用语音" }).click();
    await page.evaluate((code) => (window as any).__speech.fail(code), code);
    const alert = page.locator(".answer-box [role=alert]");
    await expect(alert).toContainText(sentence);
    await expect(alert).not.toContainText(code);
    await expect(page.getByRole("button", { name: "说出答案" })).toBeVisible();
  });
}
