// What run.mjs (the bench) and lever.mjs (two builds weighed) both need.

import { spawn } from "node:child_process";

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

/** Serves one build's folder as scripts/static-server.mjs does; resolves once it listens. */
export function serve(dist, port) {
  const server = spawn("node", ["scripts/static-server.mjs"], {
    env: { ...process.env, PORT: String(port), DIST_DIR: dist },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.stdout.once("data", () => resolve(server));
  });
}
