import { test, expect, open, playOpenRound, rows, storedAnswerCount } from "./fixtures";
import type { Page } from "@playwright/test";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const KEYS = ["drill.log", "drill.round.history", "drill.marks"];
const stored = (page: Page) =>
  page.evaluate((keys) => Object.fromEntries(keys.map((k) => [k, localStorage.getItem(k)])), KEYS);

/** Five open questions answered 不会, and the first bookmarked with a note. */
async function makeHistory(page: Page) {
  await open(page, "#/round");
  await playOpenRound(page, "不会");
  await page.locator(".result-items a").first().click();
  await page.getByRole("button", { name: "☆ 收藏" }).click();
  await page.getByLabel("我的笔记（只保存在这个浏览器里）").fill("先说 <b>MVCC</b>");
  await page.getByLabel("我的笔记（只保存在这个浏览器里）").blur();
}

async function exportBackup(page: Page) {
  await page.goto("./#/settings");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出备份" }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), "drill-backup-")), "backup.json");
  await download.saveAs(path);
  await expect(page.getByRole("status")).toContainText("已导出：5 条答题记录、1 轮模拟面试");
  return path;
}

test("bookmarks and notes are kept, shown as text, and filter the bank", async ({ page }) => {
  await open(page, "#/q/redis-why-fast");
  await page.getByRole("button", { name: "☆ 收藏" }).click();
  await expect(page.getByRole("button", { name: "★ 已收藏" })).toHaveAttribute("aria-pressed", "true");
  const note = `<img src=x onerror="window.__pwned=1"> 记得说 epoll`;
  await page.getByLabel("我的笔记（只保存在这个浏览器里）").fill(note);
  await page.getByLabel("我的笔记（只保存在这个浏览器里）").blur();
  await page.reload();
  await expect(page.getByLabel("我的笔记（只保存在这个浏览器里）")).toHaveValue(note);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  await page.goto("./#/");
  await page.getByRole("combobox", { name: "只看" }).selectOption({ label: "已收藏" });
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole("combobox", { name: "只看" }).selectOption({ label: "有笔记" });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("href", "#/q/redis-why-fast");
});

test("export, reset, import restores identical data; importing again adds nothing", async ({ page }) => {
  await makeHistory(page);
  const before = await stored(page);
  expect(storedAnswerCount(before["drill.log"])).toBe(5);
  const file = await exportBackup(page);
  expect(JSON.parse(readFileSync(file, "utf8")).format).toBe("interview-drill-backup");

  await page.getByRole("button", { name: "清除所有数据…" }).click();
  await page.getByRole("button", { name: "确认清除" }).click();
  await expect(page.getByRole("heading", { name: "设置" })).toBeVisible();
  expect(await stored(page)).toEqual({ "drill.log": null, "drill.round.history": null, "drill.marks": null });

  await page.getByLabel("选择备份文件").setInputFiles(file);
  await expect(page.getByRole("alertdialog", { name: "导入预览" })).toContainText("5 条答题记录、1 轮模拟面试、1 个收藏变化、1 条笔记");
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByRole("status")).toContainText("已导入");
  expect(await stored(page)).toEqual(before);

  await page.getByLabel("选择备份文件").setInputFiles(file);
  await expect(page.getByRole("status")).toContainText("这里都有了，无需导入");
  expect(await stored(page)).toEqual(before);
  await page.goto("./#/review");
  await expect(page.getByRole("heading", { name: /错题本/ })).toContainText("5 题");
});

test("a corrupt, foreign or newer file is refused and changes nothing", async ({ page }) => {
  await open(page, "#/q/redis-why-fast");
  await page.getByRole("button", { name: "☆ 收藏" }).click();
  await page.goto("./#/settings");
  const before = await stored(page);
  const cases: [string, string][] = [
    ['{"format":"interview-drill-backup","schema":1,"log":{"ids"', "不是 JSON"],
    ['{"deck":"anki"}', "不是面试演练导出的备份"],
    ['{"format":"interview-drill-backup","schema":9}', "更新版本"],
    ['{"format":"interview-drill-backup","schema":1,"app_version":"x","exported_at_ms":1,"log":{"ids":[],"e":[[3,1,0,0,0,0,0]]},"rounds":[],"marks":{"bookmarks":{},"notes":{}}}', "已损坏"],
  ];
  for (const [text, message] of cases) {
    await page.getByLabel("选择备份文件").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    expect(await stored(page)).toEqual(before);
  }
});

test("script and javascript: strings in an imported note stay text", async ({ page }) => {
  const note = `<img src=x onerror="window.__pwned=1"><a href="javascript:alert(1)">x</a>`;
  const backup = {
    format: "interview-drill-backup",
    schema: 1,
    app_version: "0.1.0",
    exported_at_ms: 1,
    log: { ids: [], e: [] },
    rounds: [],
    marks: { bookmarks: {}, notes: { "redis-why-fast": { value: note, at_ms: 5 } } },
  };
  await open(page, "#/settings");
  await page.getByLabel("选择备份文件").setInputFiles({ name: "b.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(backup)) });
  await page.getByRole("button", { name: "确认导入" }).click();
  await page.goto("./#/q/redis-why-fast");
  await expect(page.getByLabel("我的笔记（只保存在这个浏览器里）")).toHaveValue(note);
  await expect(page.locator(".question-marks img, .question-marks a")).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test("a week of practice without a backup brings a gentle reminder, until an export", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-26T09:00:00+08:00") });
  await open(page, "#/round");
  await page.getByRole("button", { name: /快速开始/ }).click();
  await page.getByRole("button", { name: "暂停" }).click();
  await page.getByRole("button", { name: "结束本轮，查看结果" }).click();
  await page.goto("./#/");
  await expect(page.locator(".reminder")).toHaveCount(0);
  await page.clock.fastForward(8 * 24 * 60 * 60 * 1000);
  await page.reload();
  await expect(page.locator(".reminder")).toContainText("还没备份过");
  await page.locator(".reminder").getByRole("link", { name: "去导出备份" }).click();
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出备份" }).click()]);
  await page.goto("./#/");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: /题库/ })).toBeVisible();
  await expect(page.locator(".reminder")).toHaveCount(0);
});
