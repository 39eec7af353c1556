import { chromium } from "@playwright/test";
import { CHROMIUM } from "./scripts/chromium.mjs";
const base = "http://127.0.0.1:4173/";
const out = "/tmp/shots";
const stub = () => {
  const w = window; const speech = (w.__speech = { instances: [], available: "unavailable" });
  class R { constructor(){ speech.instances.push(this);} start(){} stop(){ setTimeout(()=>this.onend?.({}),0);} abort(){} static async available(){ return speech.available; } }
  w.SpeechRecognition = R;
  speech.say = (parts) => { const r = speech.instances.at(-1); r.onresult?.({ results: parts.map(([t,f]) => ({0:{transcript:t}, length:1, isFinal:f})) }); };
};
const browser = await chromium.launch(CHROMIUM);
for (const scheme of ["light", "dark"]) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, colorScheme: scheme, locale: "zh-CN" });
  await ctx.addInitScript(stub);
  const page = await ctx.newPage();
  const shot = (name) => page.screenshot({ path: `${out}/${name}-${scheme}.png` });
  await page.goto(base + "#/q/concurrency-gil"); await page.waitForSelector("#boot", { state: "detached" });
  await shot("question-practise");
  await page.getByRole("button", { name: "练这道" }).click();
  await page.getByRole("button", { name: "说出答案" }).click();
  await shot("voice-consent");
  await page.getByRole("button", { name: "用语音" }).click();
  await page.evaluate(() => window.__speech.say([["嗯，GIL 就是全局解释器锁，同一时刻只有一个线程在执行字节码", true], ["然后它主要是为了保护引用", false]]));
  await page.waitForTimeout(300);
  await shot("voice-listening");
  await page.getByRole("button", { name: "说完了" }).click();
  await page.getByRole("button", { name: "显示答案" }).click();
  await page.waitForTimeout(300);
  await page.locator(".my-notes").scrollIntoViewIfNeeded();
  await shot("voice-heard");
  await page.goto(base + "#/settings"); await page.waitForTimeout(500);
  await page.getByRole("heading", { name: "语音作答" }).scrollIntoViewIfNeeded();
  await shot("settings-voice");
  // a second tab sees the round running elsewhere
  const b = await ctx.newPage();
  await b.goto(base + "#/round"); await b.waitForSelector("#boot", { state: "detached" }); await b.waitForTimeout(500);
  await b.screenshot({ path: `${out}/elsewhere-${scheme}.png` });
  // conflict dialog: results page of a finished review, then same again in review slot busy
  await b.goto(base + "#/review"); await b.waitForTimeout(500);
  await b.getByRole("button", { name: "开始复习" }).click(); await b.waitForTimeout(300);
  await b.screenshot({ path: `${out}/review-running-${scheme}.png` });
  await b.getByRole("button", { name: "暂停" }).click();
  await b.getByRole("button", { name: "结束本轮，查看结果" }).click(); await b.waitForTimeout(300);
  await b.goto(base + "#/review"); await b.getByRole("button", { name: "开始复习" }).click(); await b.waitForTimeout(300);
  await b.goBack(); await b.goBack(); await b.waitForTimeout(300);
  const url = b.url();
  const hist = await b.evaluate(() => JSON.parse(localStorage.getItem("drill.round.history")).data.at(-1).id);
  await b.goto(base + "#/round/" + hist); await b.waitForTimeout(500);
  await b.getByRole("button", { name: "按同样设置再来一轮" }).click(); await b.waitForTimeout(300);
  await b.screenshot({ path: `${out}/conflict-${scheme}.png` });
  await ctx.close();
}
await browser.close();
