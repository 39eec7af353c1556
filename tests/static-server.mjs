// A plain static server for the release build, as any static host or CDN
// would serve it: dist/ at "/" and again under a sub-path, with precompressed
// .br/.gz files when the browser accepts them.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const root = process.env.DIST_DIR ?? "dist";
const port = Number(process.env.PORT ?? 4173);
export const SUB_PATH = "/some/sub/path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path === SUB_PATH || path.startsWith(SUB_PATH + "/")) path = path.slice(SUB_PATH.length) || "/";
  if (path.endsWith("/")) path += "index.html";
  const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ""));
  if (!(await isFile(file))) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", vary: "accept-encoding" };
  const accepts = String(req.headers["accept-encoding"] ?? "");
  let body = file;
  for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (accepts.includes(encoding) && (await isFile(file + suffix))) {
      headers["content-encoding"] = encoding;
      body = file + suffix;
      break;
    }
  }
  res.writeHead(200, headers).end(await readFile(body));
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/ and ${SUB_PATH}/`));
