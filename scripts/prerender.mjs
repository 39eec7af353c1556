// Puts the app's own first screen into dist/index.html: the release build
// is started in headless Chromium and 题库 as it draws it is copied into the
// static boot screen, in Chinese and (in a <template> the boot script swaps
// in) in English. A slow connection then shows real questions at once; the
// app replaces them, unchanged, when it starts. Runs before finalize-dist.mjs,
// which hashes the inline scripts for the CSP.
// Usage: node scripts/prerender.mjs [dist]

import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { serveStatic } from "./static-server.mjs";
import { CHROMIUM } from "./chromium.mjs";

const dist = process.argv[2] ?? "dist";
const { server, url } = await serveStatic(dist);
const browser = await chromium.launch(CHROMIUM);

/** 题库 as the app draws it for a first visit, with these saved preferences. */
async function firstScreen(prefs) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  if (prefs) await page.addInitScript((saved) => localStorage.setItem("drill.prefs", saved), prefs);
  await page.goto(url);
  await page.waitForSelector("#boot", { state: "detached" });
  await page.waitForSelector("#main .question-list .question-row");
  const html = await page.evaluate(() => document.getElementById("main").innerHTML);
  await page.close();
  // The markers the app keeps between its nodes mean nothing in a copy.
  return html.replace(/<!---->/g, "");
}

/** The app's download starts once the first screen is painted, so on a slow
 * connection the stylesheet and the page are not queued behind the wasm. */
function startAfterFirstPaint(index) {
  const preload = /\s*<link rel="preload" href="[^"]+\.wasm"[^>]*>/;
  const start = "const wasm = await init(";
  if (!preload.test(index) || !index.includes(start)) throw new Error("Trunk's loader is not as expected");
  return index
    .replace(preload, "")
    .replace(start, `await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));\n${start}`);
}

try {
  const chinese = await firstScreen(null);
  const english = await firstScreen(JSON.stringify({ v: 1, data: { theme: "System", text: "Normal", lang: "En" } }));
  const indexPath = join(dist, "index.html");
  const index = await readFile(indexPath, "utf8");
  const bootMain = /<main class="screen">[\s\S]*?<\/main>/;
  if (!bootMain.test(index)) throw new Error("index.html has no boot screen <main> to fill");
  // Live, not inert: index.html's boot script holds a tap on the copy for
  // the app, so none is lost before the app starts.
  const filled = startAfterFirstPaint(index).replace(
    bootMain,
    () => `<main class="screen">${chinese}</main>\n    <template id="boot-en">${english}</template>`,
  );
  await writeFile(indexPath, filled);
  console.log(`prerender: first screen copied into index.html (${chinese.length} + ${english.length} characters)`);
} finally {
  await browser.close();
  server.close();
}
