// Finishes a release build in dist/: adds the Content-Security-Policy with the
// hash of Trunk's inline loader, then writes the service worker with the
// list of every file the build produced.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const sha256 = (data, encoding) => createHash("sha256").update(data).digest(encoding);

const indexPath = join(dist, "index.html");
let index = await readFile(indexPath, "utf8");
const inline = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error("no inline loader script found in index.html");
const scriptHashes = inline.map((body) => `'sha256-${sha256(body, "base64")}'`).join(" ");
const policy = [
  "default-src 'self'",
  `script-src 'self' ${scriptHashes} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
index = index.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, "");
index = index.replace(/<meta charset="utf-8">/, (m) => `${m}\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
await writeFile(indexPath, index);

const files = (await readdir(dist))
  .filter((f) => !/\.(br|gz)$/.test(f) && f !== "sw.js" && !f.startsWith("."))
  .sort();
const version = createHash("sha256");
for (const file of files) version.update(file).update(sha256(await readFile(join(dist, file)), "hex"));
// The PNG icons are for installing to the home screen, where the SVG does
// not serve; a first visit does not need them, so they are cached when the
// browser first asks for them rather than downloaded up front (23 KB).
const precache = ["./", ...files.filter((f) => !f.endsWith(".png"))];
const template = await readFile(new URL("./service-worker.template.js", import.meta.url), "utf8");
const worker = template
  .replace("__VERSION__", version.digest("hex").slice(0, 16))
  .replace("__PRECACHE__", JSON.stringify(precache));
await writeFile(join(dist, "sw.js"), worker);
console.log(`finalize-dist: CSP with ${inline.length} script hash(es); service worker precaches ${precache.length} URLs`);
