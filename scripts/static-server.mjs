// A plain static server for the release build, as any static host or CDN
// would serve it: dist/ at "/" and again under a sub-path, with precompressed
// .br/.gz files when the browser accepts them. Run as a script it serves
// $DIST_DIR on $PORT; the build and the bench import `serveStatic`.
import { once } from "node:events";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { pathToFileURL } from "node:url";

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

/** Serves `root` on 127.0.0.1 at `port` (0: any free one); resolves once
 * listening, with the server and its URL. */
export async function serveStatic(root, port = 0) {
  const server = createServer(async (req, res) => {
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
  });
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.env.DIST_DIR ?? "dist";
  const { url } = await serveStatic(root, Number(process.env.PORT ?? 4173));
  console.log(`serving ${root} on ${url} and ${SUB_PATH}/`);
}
