import { test, expect, open, seededRandom } from "./fixtures";
import type { Page } from "@playwright/test";
import { stubSpeech, stubSynthesis, spoken, say } from "./speech-stub";

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
  // The other four are still offered, after it, and it is not among them.
  await expect(page.locator(".follow-ups li .follow")).toHaveCount(4);
  await expect(page.locator(".follow-ups li .follow", { hasText: "为什么多进程" })).toHaveCount(0);
  await pick.getByRole("button", { name: "读出追问" }).click();
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

// Interview mode (面试模式): a whole round by voice. The seeded round is the
// three advanced open Flask questions; an answer that says nothing to the
// point leaves flask-keyset-pagination without its key point 5 (deferred
// join on a covering index), which its follow-up mysql-covering-index probes.

const T0 = new Date("2026-11-26T09:00:00+08:00");
const ANSWER = "我觉得这个要看具体的业务情况";
const FOLLOW_ANSWER = "这个我不太确定";
const status = (page: Page) => page.locator(".interview-status");
const norm = (text: string) => text.replace(/\s+/g, " ").trim();

/** Advances the page clock a quarter second at a time until `done`. */
async function until(page: Page, done: () => Promise<boolean>, what: string, maxMs = 30_000) {
  for (let t = 0; t <= maxMs; t += 250) {
    if (await done()) return;
    await page.clock.runFor(250);
  }
  throw new Error(`never: ${what}`);
}
/** The status line now, or "" once the round is over (no waiting for it). */
const statusNow = async (page: Page) => (await status(page).allTextContents())[0] ?? "";
const listening = async (page: Page) => (await statusNow(page)).startsWith("正在听你回答");

/** 自定义一轮 → Flask, 进阶, 全部, 面试模式 → 开始: the last tap of the round. */
async function startInterview(page: Page) {
  await seededRandom(page);
  await stubSpeech(page, { available: "available" });
  await stubSynthesis(page);
  await open(page, "#/round");
  await page.getByRole("button", { name: "自定义一轮…" }).click();
  const form = page.locator("form.composer");
  await form.locator("label.pill", { hasText: /^Flask$/ }).click();
  await form.locator("label.pill", { hasText: /^进阶$/ }).click();
  await form.locator("label.pill", { hasText: /^全部$/ }).click();
  await form.locator("label.pill", { hasText: "全程语音" }).click();
  await expect(page.getByRole("spinbutton", { name: "停顿几秒算说完" })).toHaveValue("3");
  await page.getByRole("button", { name: "开始这一轮" }).click();
  await expect(page.getByLabel("进度")).toHaveText("1/3");
}

const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), key);

test("an interview-mode round of three questions is done without a tap: read, heard, ended by silence, checked, one follow-up, next", async ({ page, errors }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: T0 });
  await startInterview(page);
  const asked: string[] = [];
  let followUps = 0;
  for (let main = 1; main <= 3; main++) {
    // The question is read aloud, then the interviewer listens.
    await expect(status(page)).toHaveText("面试官在提问…");
    const prompt = norm(await page.locator(".prompt").innerText());
    asked.push(prompt);
    await until(page, () => listening(page), `listening to question ${main}`);
    expect((await spoken(page)).at(-1)).toBe(prompt);
    await expect(status(page)).toHaveText("正在听你回答，停顿 3 秒算说完");
    await say(page, [[ANSWER, true]]);
    await expect(page.locator(".notes textarea")).toHaveValue(ANSWER);
    // Three seconds of silence end the answer; the key points are checked
    // and it is graded; then a follow-up, the next question or the results.
    await until(page, async () => !(await listening(page)), `the pause ending answer ${main}`, 4_000);
    await until(
      page,
      async () =>
        (await statusNow(page)) === "面试官在追问…" ||
        (await statusNow(page)) === "面试官在提问…" ||
        (await page.getByRole("heading", { name: "本轮结果" }).count()) > 0,
      `what follows answer ${main}`,
    );
    if ((await statusNow(page)) === "面试官在追问…") {
      followUps++;
      await expect(page.locator(".checklist input").first()).not.toBeChecked();
      const why = (await spoken(page)).at(-1)!;
      expect(why).toBe("你没提到必须用 OFFSET 时，可以先在覆盖索引上查出主键（延迟关联），再回表；或者限制最大页数。追问：");
      // Then the follow-up is asked like any question, and listened to.
      await until(page, () => listening(page), "listening to the follow-up");
      await expect(page.getByLabel("进度")).toHaveText(`${main + 1}/4`);
      const followPrompt = norm(await page.locator(".prompt").innerText());
      expect(followPrompt).toBe("什么是覆盖索引？什么是索引下推？它们分别怎么减少回表？");
      expect((await spoken(page)).slice(-2)).toEqual([why, followPrompt]);
      await say(page, [[FOLLOW_ANSWER, true]]);
      await until(page, async () => !(await listening(page)), "the pause ending the follow-up", 4_000);
      await until(
        page,
        async () =>
          (await statusNow(page)) === "面试官在提问…" ||
          (await page.getByRole("heading", { name: "本轮结果" }).count()) > 0,
        "what follows the follow-up",
      );
    }
  }
  await expect(page.getByRole("heading", { name: "本轮结果" })).toBeVisible();
  expect(followUps).toBe(1);
  expect(asked).toHaveLength(3);
  expect(new Set(asked).size).toBe(3);

  // Every answer was heard and checked against its key points.
  const history = await stored(page, "drill.round.history");
  const items = history.data.at(-1).items;
  expect(items.map((i: any) => i.question_id).sort()).toEqual(
    ["flask-context", "flask-db-connection-pool", "flask-keyset-pagination", "mysql-covering-index"],
  );
  for (const item of items) {
    expect(item.notes).toBe(item.follow_up ? FOLLOW_ANSWER : ANSWER);
    expect(item.suggested.length).toBeGreaterThanOrEqual(3);
    expect(item.grade).toBeTruthy();
  }
  const follow = items.findIndex((i: any) => i.follow_up);
  expect(items[follow].led_by).toBe("flask-keyset-pagination");
  expect(items[follow - 1].question_id).toBe("flask-keyset-pagination");

  // The results show the follow-up with the question that led to it.
  const rows = page.locator(".result-items > li");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(follow).locator(".item-detail")).toContainText("追问自「LIMIT 10 OFFSET 1000000 为什么慢？深分页有哪些优化方法？」");
  await expect(rows.nth(follow).locator("a")).toContainText("什么是覆盖索引");
  expect(errors).toEqual([]);
});

test("in interview mode a tap on 说完了 ends listening before the pause", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await startInterview(page);
  await until(page, () => listening(page), "listening");
  await say(page, [[ANSWER, true]]);
  await page.clock.runFor(1_000);
  await page.getByRole("button", { name: "说完了" }).click();
  // Well before the three-second pause: the answer is shown and graded.
  await until(page, async () => !(await listening(page)), "the tap ending the answer", 750);
  await until(page, async () => Boolean((await stored(page, "drill.round.current")).data.items[0].grade), "the grade", 1_000);
  expect((await stored(page, "drill.round.current")).data.items[0].notes).toBe(ANSWER);
});

test("pausing an interview stops the speaking and the listening", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await startInterview(page);
  await expect(status(page)).toHaveText("面试官在提问…");
  await page.clock.runFor(500);
  expect(await page.evaluate(() => (window as any).speechSynthesis.speaking)).toBe(true);
  await page.getByRole("button", { name: "暂停", exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as any).speechSynthesis.speaking)).toBe(false);
  const said = (await spoken(page)).length;
  await page.clock.runFor(10_000);
  expect((await spoken(page)).length).toBe(said);
  expect(await page.evaluate(() => (window as any).__speech.instances.length)).toBe(0);

  // Resumed, the question is asked again, then listened to; a pause now
  // stops the listening.
  await page.getByRole("button", { name: "继续作答" }).click();
  await until(page, () => listening(page), "listening after the pause");
  expect((await spoken(page)).length).toBe(said + 1);
  await page.getByRole("button", { name: "暂停", exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as any).__speech.instances.at(-1).aborted)).toBe(true);
  const instances = await page.evaluate(() => (window as any).__speech.instances.length);
  await page.clock.runFor(10_000);
  expect(await page.evaluate(() => (window as any).__speech.instances.length)).toBe(instances);
  expect((await spoken(page)).length).toBe(said + 1);
});

test("a reload mid-listening resumes the same question with its remaining time and transcript", async ({ page }) => {
  await page.clock.install({ time: T0 });
  // The wall clock stands still (timers run), so the countdown compares exactly
  // and no pause ever ends the answer.
  await page.clock.setFixedTime(T0);
  await startInterview(page);
  await expect(status(page)).toHaveText("正在听你回答，停顿 3 秒算说完", { timeout: 15_000 });
  const prompt = await page.locator(".prompt").innerText();
  await say(page, [["先说连接池是", true], ["SQLAlchemy 的", false]]);
  await expect(page.locator(".notes textarea")).toHaveValue("先说连接池是SQLAlchemy 的");
  const timer = await page.getByRole("timer").textContent();
  await page.reload();
  await expect(page.getByLabel("进度")).toHaveText("1/3");
  expect(await page.locator(".prompt").innerText()).toBe(prompt);
  await expect(page.locator(".notes textarea")).toHaveValue("先说连接池是SQLAlchemy 的");
  expect(await page.getByRole("timer").textContent()).toBe(timer);
  // Not read again: the interviewer listens on, and what is said follows.
  await expect(status(page)).toHaveText("正在听你回答，停顿 3 秒算说完");
  expect(await spoken(page)).toEqual([]);
  await say(page, [["SQLAlchemy 的 QueuePool", true]]);
  await expect(page.locator(".notes textarea")).toHaveValue("先说连接池是SQLAlchemy 的 SQLAlchemy 的 QueuePool");
});
