// What a first visit downloads, as brotli bytes, and the floor: the bank's
// markdown alone, brotli-compressed, the least any app could send.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
  }).length;
}

function markdownFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return markdownFiles(path);
      return entry.name.endsWith(".md") ? [path] : [];
    })
    .sort();
}

export function floorBytes(bankDir) {
  return brotli(Buffer.concat(markdownFiles(bankDir).map((path) => readFileSync(path))));
}

/** Every file the first visit fetches: the page's own and what the service
 * worker precaches on install (read from its list), each as served. */
export function firstVisit(dist) {
  const worker = readFileSync(join(dist, "sw.js"), "utf8");
  const precache = JSON.parse(worker.match(/const PRECACHE = (\[.*\]);/)[1]);
  const files = [...new Set([...precache.map((url) => (url === "./" ? "index.html" : url)), "sw.js"])].sort();
  return files.map((name) => {
    const raw = statSync(join(dist, name)).size;
    let served = raw;
    try {
      served = statSync(join(dist, `${name}.br`)).size;
    } catch {
      // Images are already compressed and are served as they are.
    }
    return { file: name.replace(/-[0-9a-f]{15,16}(?=[._])/, ""), raw, brotli: served };
  });
}
