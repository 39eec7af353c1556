// Lighthouse 12.2.3, mobile preset (its default), run from the pinned npm
// package against Debian's Chromium.

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CHROMIUM } from "../chromium.mjs";

const run = promisify(execFile);

async function once(url) {
  const out = join(mkdtempSync(join(tmpdir(), "drill-lighthouse-")), "report.json");
  await run(
    "node_modules/.bin/lighthouse",
    [
      url,
      "--only-categories=performance",
      "--output=json",
      `--output-path=${out}`,
      "--quiet",
      `--chrome-flags=--headless=new ${CHROMIUM.args.join(" ")}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM.executablePath }, maxBuffer: 64 << 20 },
  );
  const report = JSON.parse(readFileSync(out, "utf8"));
  const metric = (id) => report.audits[id].numericValue;
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcpMs: metric("first-contentful-paint"),
    lcpMs: metric("largest-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
  };
}

export async function lighthouse(url, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(url));
  return results;
}
