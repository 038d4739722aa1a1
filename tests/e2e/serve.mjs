// A static server for the release build in dist/, on loopback only. It serves the
// site at / and again under /atlas/, to prove that the build works from a sub-path.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.env.DIST ?? "dist");
const port = Number(process.env.PORT ?? 4173);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

// Extra folders served as they are, for benchmark and test data: PREFIX=DIR pairs.
const mounts = (process.env.EXTRA_MOUNTS ?? "")
  .split(",")
  .filter(Boolean)
  .map((pair) => pair.split("="))
  .map(([prefix, dir]) => [prefix, resolve(dir)]);

async function fileFor(urlPath) {
  let path = decodeURIComponent(urlPath.split("?")[0]);
  let base = root;
  for (const [prefix, dir] of mounts) {
    if (path.startsWith(prefix)) {
      base = dir;
      path = path.slice(prefix.length - 1);
    }
  }
  if (base === root && path.startsWith("/atlas/")) path = path.slice("/atlas".length);
  if (path === "/atlas") return null;
  const full = normalize(join(base, path));
  if (!full.startsWith(base)) return null;
  try {
    const info = await stat(full);
    return info.isDirectory() ? join(full, "index.html") : full;
  } catch {
    return null;
  }
}

createServer(async (request, response) => {
  if (request.url === "/atlas") {
    response.writeHead(301, { location: "/atlas/" }).end();
    return;
  }
  const file = await fileFor(request.url ?? "/");
  if (!file) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
