// Measurements inside headless Chromium at phone size: cold boots, the time
// a tap or keystroke takes to update the page, and loading a long review log.

import { chromium } from "@playwright/test";
import { CHROMIUM as LAUNCH } from "../chromium.mjs";

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-CN" };

// Runs in the page before its own scripts: notes when the app has replaced
// the static first screen with the live question list.
function watchForFirstScreen() {
  new MutationObserver((_, observer) => {
    if (!document.getElementById("boot") && document.querySelector("#main .question-list li")) {
      window.__firstScreenMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

function seedStorage(entries) {
  if (localStorage.length === 0) for (const [key, value] of entries) localStorage.setItem(key, value);
}

/** One cold load in a new browser (fresh profile, empty cache, no service worker). */
async function coldLoad(url, storage) {
  const browser = await chromium.launch(LAUNCH);
  try {
    const page = await browser.newPage(PHONE);
    if (storage.length) await page.addInitScript(seedStorage, storage);
    await page.addInitScript(watchForFirstScreen);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstScreenMs !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(() => ({
      bootMs: window.__firstScreenMs,
      mountMs: performance.getEntriesByName("drill:mount")[0]?.duration ?? null,
      logLoadMs: performance.getEntriesByName("drill:log-load")[0]?.duration ?? null,
    }));
  } finally {
    await browser.close();
  }
}

/** `once` run `runs` times, one after another (each in its own browser). */
async function repeat(runs, once) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  return results;
}

export const coldLoads = (url, runs, storage = []) => repeat(runs, () => coldLoad(url, storage));

/**
 * The reference for boot: the same copied first screen painted with the
 * wasm request refused, so only the HTML, CSS and the inline script run.
 * Its largest paint is when the copied list shows.
 */
async function copyPaint(url) {
  const browser = await chromium.launch(LAUNCH);
  try {
    const page = await browser.newPage(PHONE);
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto(url, { waitUntil: "load" });
    await page.locator("#boot .question-row").first().waitFor();
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1].startTime);
          }).observe({ type: "largest-contentful-paint", buffered: true });
        }),
    );
  } finally {
    await browser.close();
  }
}

export const copyPaints = (url, runs) => repeat(runs, () => copyPaint(url));

// Installed in the page: performs one action and returns the milliseconds
// the main thread works before the user sees its result: the app's
// reaction (script, the microtasks it schedules, style and layout), plus
// the next frame's rendering, where the browser does the style and layout
// it left for later (`content-visibility` defers rows there) and paints.
// The wait for that frame is idle and not counted. It then checks that nothing
// more changes afterwards, which would mean the figure missed part of the work.
function installTimer() {
  const afterMicrotasks = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  // A message posted from a frame's callback arrives once that frame's
  // style, layout and paint are done.
  const nextFrameWork = () =>
    new Promise((resolve) =>
      requestAnimationFrame(async () => {
        const start = performance.now();
        await afterMicrotasks();
        resolve(performance.now() - start);
      }),
    );
  const snapshot = () => document.getElementById("main").innerHTML;
  window.__timeAction = async (action, eventName) => {
    const before = snapshot();
    const start = performance.now();
    const fired = eventName && new Promise((resolve) => addEventListener(eventName, resolve, { once: true }));
    action();
    await fired;
    await afterMicrotasks();
    void document.body.offsetHeight;
    const elapsed = performance.now() - start + (await nextFrameWork());
    const settled = snapshot();
    await new Promise((resolve) => setTimeout(resolve, 30));
    if (snapshot() !== settled) throw new Error("the page kept changing after the measured work ended");
    return { elapsed, changed: settled !== before };
  };
}

async function timeAction(page, action, arg, eventName = null, mustChange = true) {
  const result = await page.evaluate(
    async ([source, value, event]) => window.__timeAction(() => new Function("value", source)(value), event),
    [action, arg, eventName],
  );
  if (mustChange && !result.changed) throw new Error(`an action changed nothing: ${action}`);
  return result.elapsed;
}

const TYPE = `const input = document.querySelector("input.search");
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));`;
const CLICK = `const button = document.querySelector(value);
  if (!button) throw new Error("no " + value);
  button.click();`;

/** What a user types into search, one keystroke at a time, including erasing. */
function keystrokes(count) {
  const words = ["redis", "gil", "事务", "索引", "docker"];
  const queries = [];
  for (let w = 0; queries.length < count; w = (w + 1) % words.length) {
    const word = [...words[w]];
    for (let i = 1; i <= word.length; i++) queries.push(word.slice(0, i).join(""));
    for (let i = word.length - 1; i >= 0; i--) queries.push(word.slice(0, i).join(""));
  }
  return queries.slice(0, count);
}

const openRound = (count) => JSON.stringify({
  v: 1,
  data: {
    count, topics: [], difficulties: [], types: "OpenOnly", pick: "Random", time: "Suggested",
    budget_secs: null, on_timeout: "Overrun", question_ids: [], read_aloud: false, review: false,
  },
});

/** Reveal, grade and next over `reps` open questions, and `reps` search keystrokes. */
export async function interactions(url, reps, storage = []) {
  const browser = await chromium.launch(LAUNCH);
  try {
    const page = await browser.newPage(PHONE);
    await page.addInitScript(seedStorage, [...storage, ["drill.round.config", openRound(reps + 1)]]);
    await page.addInitScript(installTimer);
    await page.goto(url);
    // A user reads the screen before typing; by then the search text is ready.
    await page.waitForFunction(() => performance.getEntriesByName("drill:search-ready").length > 0, null, {
      timeout: 120_000,
    });
    const searchReadyMs = await page.evaluate(() => performance.getEntriesByName("drill:search-ready")[0].startTime);
    const search = [];
    for (const query of keystrokes(reps)) search.push(await timeAction(page, TYPE, query, null, false));

    await page.goto(`${url}#/round`);
    await page.locator(".round-home > button.wide:not(.primary)").click();
    await page.locator(".round-home form button[type=submit]").click();
    const reveal = [];
    const grade = [];
    const next = [];
    for (let i = 0; i < reps; i++) {
      await page.locator(".round-question").waitFor();
      reveal.push(await timeAction(page, CLICK, ".action-bar button.primary"));
      grade.push(await timeAction(page, CLICK, ".grade-buttons button.grade"));
      next.push(await timeAction(page, CLICK, ".action-bar button.primary"));
    }
    const review = [];
    for (let i = 0; storage.length && i < 10; i++) {
      await page.evaluate(() => (location.hash = "#/"));
      await page.locator("#main .question-list li").first().waitFor();
      review.push(await timeAction(page, "location.hash = value;", "#/review", "hashchange"));
    }
    return { searchReadyMs, search, reveal, grade, next, review };
  } finally {
    await browser.close();
  }
}

// Lighthouse's slow-4G figures and its mobile CPU slowdown.
export const SLOW_4G = { downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 750e3, roundTripMs: 150, cpuSlowdown: 4 };

/** The download alone: the bytes at the link's rate, plus a round trip
 * for the connection, the page, its scripts and the wasm they fetch. */
export const downloadMs = (bytes) => (bytes * 8 * 1000) / SLOW_4G.downloadBitsPerSecond + 4 * SLOW_4G.roundTripMs;

/** A new page on a slow phone and connection, no service worker. */
async function slowPage(browser) {
  const page = await browser.newPage({ ...PHONE, serviceWorkers: "block" });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: SLOW_4G.roundTripMs,
    downloadThroughput: SLOW_4G.downloadBitsPerSecond / 8,
    uploadThroughput: SLOW_4G.uploadBitsPerSecond / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_4G.cpuSlowdown });
  // Runs before the page's scripts: notes when the app replaced the copy.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.getElementById("boot") && document.getElementById("main")) {
        window.__liveMs = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return page;
}

/**
 * Navigation start to the app answering input (the copy replaced by it),
 * and the bytes the page fetched for it.
 */
async function slowLive(url) {
  const browser = await chromium.launch(LAUNCH);
  try {
    const page = await slowPage(browser);
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__liveMs !== undefined, null, { timeout: 120_000 });
    return await page.evaluate(() => ({
      liveMs: window.__liveMs,
      bytes:
        performance.getEntriesByType("resource").reduce((sum, r) => sum + r.transferSize, 0) +
        performance.getEntriesByType("navigation")[0].transferSize,
      requests: performance.getEntriesByType("resource").length + 1,
    }));
  } finally {
    await browser.close();
  }
}

/**
 * The first row of the copied 题库 tapped the moment it is painted: when
 * the tapped question showed (`null` if the tap was lost), from navigation.
 */
async function slowTap(url) {
  const browser = await chromium.launch(LAUNCH);
  try {
    const page = await slowPage(browser);
    await page.goto(url, { waitUntil: "commit" });
    const row = page.locator("#boot .question-row").first();
    await row.waitFor({ state: "visible", timeout: 120_000 });
    const tappedMs = await page.evaluate(() => performance.now());
    await row.click({ noWaitAfter: true });
    const opened = await page
      .locator(".question-heading")
      .waitFor({ timeout: 60_000 })
      .then(() => true, () => false);
    const shownMs = opened ? await page.evaluate(() => performance.now()) : null;
    return { tappedMs, shownMs, liveMs: await page.evaluate(() => window.__liveMs ?? null) };
  } finally {
    await browser.close();
  }
}

/** First visits on a slow phone and connection, without a tap. */
export const slowStarts = (url, runs) => repeat(runs, () => slowLive(url));

/** First visits on a slow phone and connection: without a tap, and with one. */
export async function slowFirstVisits(url, runs) {
  const live = [];
  const taps = [];
  for (let i = 0; i < runs; i++) {
    live.push(await slowLive(url));
    taps.push(await slowTap(url));
  }
  return { live, taps };
}
