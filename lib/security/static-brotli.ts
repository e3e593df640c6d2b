import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import type http from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { log } from "@/lib/log";
import { SCRIPT_HEADERS, STATIC_SECURITY_HEADERS } from "./headers";

const compress = promisify(zlib.brotliCompress);

/** The URL prefix of the build's static files; they live in `<dist>/static`. */
const STATIC_PREFIX = "/_next/static/";
const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
};
const IMMUTABLE = "public, max-age=31536000, immutable";

/** Whether an Accept-Encoding header allows brotli: `br` with a weight above 0, or `*` when br is not named. */
export function acceptsBrotli(header: string | string[] | undefined): boolean {
  if (!header) return false;
  let star = 0;
  for (const coding of (Array.isArray(header) ? header.join(",") : header).split(",")) {
    const [name = "", ...params] = coding.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name.trim() === "br") return weight > 0;
    if (name.trim() === "*") star = weight;
  }
  return star > 0;
}

type Copy = { body: Buffer; etag: string };

/** Answers the request from a brotli copy and returns true, or returns false (Next answers it). */
type ServeCompressed = (request: http.IncomingMessage, response: http.ServerResponse) => boolean;

/**
 * The build's scripts and stylesheets sent brotli-compressed (quality 11) to browsers that accept it: `next start`
 * compresses with gzip only, and brotli at 11 makes React, Next's router and the pages' chunks ≈ 13% smaller
 * (e2e/bench/RESULTS.md bench:reach). The files are listed once, at start, from `dir` (`.next/static`, from the
 * working directory) and compressed one at a time in the background (a chunk's name carries its content hash,
 * so a copy never goes stale while this build runs); a file asked for before its copy is ready is bumped to the front and this request
 * goes to Next, as does anything not in that list, a Range request or a client that does not accept brotli.
 * A path is served only when it names a file of that list exactly, so no request reaches a file outside it
 * (`..`, encoded dots and backslashes name nothing in the list). Headers are those Next sends for the file
 * (next.config.ts): immutable caching, its type, and the security headers of scripts, with an ETag of the
 * compressed bytes and 304 when the browser already has them.
 */
export function staticBrotli(dir: string): ServeCompressed {
  const staticDir = path.resolve(dir);
  const files = new Map<string, string>();
  const copies = new Map<string, Copy>();
  const started = new Map<string, Promise<void>>();

  const compressOne = (name: string): Promise<void> => {
    const existing = started.get(name);
    if (existing) return existing;
    const work = (async () => {
      const raw = await readFile(files.get(name)!);
      const body = await compress(raw, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      });
      const etag = `"br-${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
      copies.set(name, { body, etag });
    })().catch((error: unknown) => {
      // Left without a copy: Next keeps answering for this file.
      log.warn({ err: error, file: name }, "static brotli copy failed");
    });
    started.set(name, work);
    return work;
  };

  void (async () => {
    const entries = await readdir(staticDir, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile() || !(path.extname(entry.name) in CONTENT_TYPES)) continue;
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(staticDir, full).split(path.sep).join("/"), full);
    }
    // One file at a time: the rest of the machine keeps its cores for the requests.
    for (const name of files.keys()) await compressOne(name);
  })();

  const serve = (request: http.IncomingMessage, response: http.ServerResponse): boolean => {
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    const pathname = (request.url ?? "").split("?")[0]!;
    if (!pathname.startsWith(STATIC_PREFIX) || request.headers.range) return false;
    let name: string;
    try {
      name = decodeURIComponent(pathname.slice(STATIC_PREFIX.length));
    } catch {
      return false;
    }
    if (!files.has(name) || !acceptsBrotli(request.headers["accept-encoding"])) return false;
    const copy = copies.get(name);
    if (!copy) {
      void compressOne(name);
      return false;
    }
    const headers: Record<string, string | number> = {
      ...(name.startsWith("chunks/") ? SCRIPT_HEADERS : STATIC_SECURITY_HEADERS),
      "Cache-Control": IMMUTABLE,
      ETag: copy.etag,
      Vary: "Accept-Encoding",
    };
    const known = request.headers["if-none-match"];
    if (known && known.split(",").some((tag) => tag.trim().replace(/^W\//, "") === copy.etag)) {
      response.writeHead(304, headers);
      response.end();
      return true;
    }
    response.writeHead(200, {
      ...headers,
      "Content-Type": CONTENT_TYPES[path.extname(name)]!,
      "Content-Encoding": "br",
      "Content-Length": copy.body.length,
    });
    response.end(request.method === "HEAD" ? undefined : copy.body);
    return true;
  };

  return serve;
}
