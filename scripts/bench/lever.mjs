// Weighs one size lever: two builds of the app (the usual one and one with
// the lever), their first-visit bytes, and cold boots alternating between
// them so both meet the same moments of this shared machine.
// Usage: node scripts/bench/lever.mjs <dist A> <dist B> [boots per build]

import { spawn } from "node:child_process";
import { coldLoads } from "./browser.mjs";
import { firstVisit } from "./transfer.mjs";

const [a, b, runsArg] = process.argv.slice(2);
if (!a || !b) throw new Error("usage: lever.mjs <dist A> <dist B> [boots]");
const runs = Number(runsArg ?? 10);

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function serve(dist, port) {
  const server = spawn("node", ["scripts/static-server.mjs"], {
    env: { ...process.env, PORT: String(port), DIST_DIR: dist },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.stdout.once("data", () => resolve(server));
  });
}

const builds = [
  { dist: a, port: 4181, boots: [] },
  { dist: b, port: 4182, boots: [] },
];
const servers = await Promise.all(builds.map((x) => serve(x.dist, x.port)));
try {
  for (let i = 0; i < runs; i++) {
    for (const x of builds) x.boots.push(...(await coldLoads(`http://127.0.0.1:${x.port}/`, 1)));
  }
} finally {
  for (const s of servers) s.kill();
}
for (const x of builds) {
  const files = firstVisit(x.dist);
  const wasm = files.find((f) => f.file.endsWith(".wasm"));
  const total = files.reduce((sum, f) => sum + f.brotli, 0);
  console.log(
    `${x.dist}: first visit ${(total / 1000).toFixed(1)} KB, wasm ${(wasm.brotli / 1000).toFixed(1)} KB brotli; ` +
      `boot median ${median(x.boots.map((l) => l.bootMs)).toFixed(1)} ms, ` +
      `mount median ${median(x.boots.map((l) => l.mountMs)).toFixed(1)} ms (${runs} cold loads)`,
  );
}
