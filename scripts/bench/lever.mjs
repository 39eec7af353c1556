// Weighs one lever: two builds of the app (the usual one and one with the
// lever), their first-visit bytes, then cold boots, taps and keystrokes,
// and slow-4G starts, alternating between the builds so both meet the same
// moments of this shared machine.
// Usage: node scripts/bench/lever.mjs <dist A> <dist B> [rounds]

import { coldLoads, downloadMs, interactions, slowStarts } from "./browser.mjs";
import { median, p95, serve } from "./common.mjs";
import { firstVisit } from "./transfer.mjs";

const [a, b, runsArg] = process.argv.slice(2);
if (!a || !b) throw new Error("usage: lever.mjs <dist A> <dist B> [rounds]");
const runs = Number(runsArg ?? 10);

const builds = [
  { dist: a, port: 4181, boots: [], taps: [], slow: [] },
  { dist: b, port: 4182, boots: [], taps: [], slow: [] },
];
const servers = await Promise.all(builds.map((x) => serve(x.dist, x.port)));
try {
  for (let i = 0; i < runs; i++) {
    for (const x of builds) x.boots.push(...(await coldLoads(`http://127.0.0.1:${x.port}/`, 1)));
  }
  // Fewer rounds of the slower measures: each is many samples or seconds.
  for (let i = 0; i < Math.ceil(runs / 3); i++) {
    for (const x of builds) x.taps.push(await interactions(`http://127.0.0.1:${x.port}/`, 30));
    for (const x of builds) x.slow.push(...(await slowStarts(`http://127.0.0.1:${x.port}/`, 1)));
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
  for (const action of ["search", "reveal", "grade", "next"]) {
    const xs = x.taps.flatMap((t) => t[action]);
    console.log(`  ${action}: median ${median(xs).toFixed(1)} ms, p95 ${p95(xs).toFixed(1)} ms (${xs.length})`);
  }
  const live = x.slow.map((l) => l.liveMs);
  const download = downloadMs(median(x.slow.map((l) => l.bytes)));
  console.log(`  slow 4G: live ${live.map((ms) => ms.toFixed(0)).join(", ")} ms; download ${download.toFixed(0)} ms`);
}
