// Renders the PNG app icons from the SVG sources with the same Chromium the
// tests use: `node scripts/make-icons.mjs`. The PNGs are committed; run this
// again only when an SVG changes.
import { chromium } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { CHROMIUM } from "./chromium.mjs";

const jobs = [
  ["public/icon.svg", "public/icon-192.png", 192],
  ["public/icon.svg", "public/icon-512.png", 512],
  ["public/icon-maskable.svg", "public/icon-maskable-512.png", 512],
  ["public/icon.svg", "public/apple-touch-icon.png", 180],
];
const browser = await chromium.launch(CHROMIUM);
for (const [svg, png, size] of jobs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const markup = await readFile(svg, "utf8");
  await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
  await page.screenshot({ path: png, omitBackground: true });
  await page.close();
}
await browser.close();
