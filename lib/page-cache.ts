import type http from "node:http";
import { marksOf, stillCurrent, tablesRead, type WriteMarks } from "@/db/write-marks";

/**
 * Rendered pages kept, for the same request while nothing they read has been written.
 *
 * A page is a function of its address, the request headers named below, who asks, the database and the clock (and
 * of the build and the environment, which a restart changes). So an answer rendered once can be sent again to
 * the same request as long as nothing it read has changed and the clock has not moved far: that is this cache.
 * - What it read: the tables its SQL statements named while it rendered (`tablesRead`, db/write-marks.ts), each
 *   with its write mark as read before the rendering started. The entry goes back only while every one of those
 *   marks is unchanged. Marks are counted by a trigger in each writer's own transaction, whatever instance wrote,
 *   so no write to a table a page read can be missed; a write to any other table (a session's touch, a job's
 *   bookkeeping, another database on the same server) leaves the page as it is.
 * - Who asks: the key holds the request's whole Cookie header, so an entry goes back only to the holder of the
 *   same cookies, and the person those name (their roles, name and language), so a change of roles is a new
 *   page. The session is checked against the database on every request, hit or not (`view`,
 *   lib/auth/edge-session.ts), in the statement that reads the marks.
 * - The clock: an entry is kept `seconds` at most (30 by default), so a deadline or an "in 3 days" is at most
 *   that late on a page read again; every command checks the clock itself.
 * - The answer goes back as it was sent (compressed, with its headers), Content-Security-Policy nonce included:
 *   the nonce is only ever reused for the same person, page and data, so script injected by a write (which
 *   changes a mark the page read) never meets a nonce its writer could have read.
 * Only GET requests for pages (not /api, /_next or files) are looked up; only a 200 HTML or RSC answer without
 * Set-Cookie is kept. A request that says `Cache-Control: no-cache` (a hard reload) is rendered again.
 * Each instance keeps its own entries, bounded in bytes (least recently used first out); none is needed by
 * another instance. PAGE_CACHE_SECONDS=0 turns it off; it is off under `next dev`, where code changes.
 */

/** What a page may depend on besides its address, the database and the clock: the key holds these headers. */
const PAGE_KEY_HEADERS = [
  "host",
  "cookie",
  "accept-encoding",
  "accept-language",
  "x-forwarded-proto",
  "x-forwarded-host",
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
] as const;

/**
 * Who is asking (`who`: what the page may show of the person, "" for no one) and the database's write marks when
 * they asked; null: render, keep nothing (e.g. a dead session).
 */
export type Viewing = { marks: WriteMarks; who: string; release?: () => void } | null;

type Entry = {
  key: string;
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
  expires: number;
  bytes: number;
  /** The tables the rendering read, with their marks as read before it started. */
  read: [string, string][];
};

export type PageCacheOptions = {
  seconds: number;
  maxBytes: number;
  /** The request's viewing: checks its session and reads the write marks (one statement). */
  view: (request: http.IncomingMessage) => Promise<Viewing>;
  now?: () => number;
  onError?: (error: unknown) => void;
};

/** Answers that a page is not: a static file (a dot in the last segment), an API route, Next's own paths. */
function isPageRequest(request: http.IncomingMessage): boolean {
  if (request.method !== "GET") return false;
  if (request.headers["content-length"] || request.headers["transfer-encoding"]) return false;
  const path = (request.url ?? "/").split("?")[0]!;
  if (path.startsWith("/api/") || path === "/api" || path.startsWith("/_next/")) return false;
  return !/\.[\w-]+$/.test(path.slice(path.lastIndexOf("/")));
}

function wantsFresh(request: http.IncomingMessage): boolean {
  const control = String(request.headers["cache-control"] ?? "").toLowerCase();
  return /\bno-(cache|store)\b/.test(control) || String(request.headers.pragma ?? "").toLowerCase() === "no-cache";
}

function keyOf(request: http.IncomingMessage, who: string): string {
  const parts = [who, request.url ?? "/"];
  for (const name of PAGE_KEY_HEADERS) {
    const value = request.headers[name];
    parts.push(Array.isArray(value) ? value.join("\u0001") : (value ?? ""));
  }
  return parts.join("\u0000");
}

// Hop-by-hop or per-answer headers: Node writes its own.
const NOT_KEPT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-request-id"]);
const KEPT_TYPES = /^text\/(html|x-component)\b/i;
export const PAGE_CACHE_HEADER = "x-page-cache";

/**
 * The cache as a step before the renderer: `handle(request, response, render)` answers from the cache, or
 * calls `render()` (with the answer recorded on its way out). Returns false, having done nothing, for a request
 * that is not for a page.
 */
export function pageCache(options: PageCacheOptions) {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const maxEntry = Math.max(1, Math.floor(options.maxBytes / 8));

  const drop = (entry: Entry) => {
    entries.delete(entry.key);
    bytes -= entry.bytes;
  };
  const keep = (entry: Entry) => {
    const old = entries.get(entry.key);
    if (old) drop(old);
    entries.set(entry.key, entry);
    bytes += entry.bytes;
    for (const oldest of entries.values()) {
      if (bytes <= options.maxBytes) break;
      drop(oldest);
    }
  };

  /**
   * Records what the renderer sends (as it goes on the wire: compressed if it is) and keeps it if it may, with
   * the tables named by the statements the rendering sent (`read`) and their marks before it started.
   */
  const record = (response: http.ServerResponse, key: string, marks: WriteMarks, read: () => Set<string>) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const take = (chunk: unknown, encoding: unknown) => {
      if (over || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer =
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > maxEntry) {
        over = true;
        chunks.length = 0;
      } else chunks.push(buffer);
    };
    const write = response.write;
    const end = response.end;
    response.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
      take(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof response.write;
    response.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      take(chunk, rest[0]);
      return (end as (...args: unknown[]) => http.ServerResponse).call(this, chunk, ...rest);
    } as typeof response.end;
    response.once("finish", () => {
      if (over || response.statusCode !== 200) return;
      const sent = response.getHeaders();
      if (sent["set-cookie"] !== undefined || !KEPT_TYPES.test(String(sent["content-type"] ?? ""))) return;
      const headers: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(sent))
        if (!NOT_KEPT.has(name) && value !== undefined) headers[name] = value;
      const body = Buffer.concat(chunks);
      headers["content-length"] = body.length;
      const tables = marksOf(read(), marks);
      const entryBytes = body.length + key.length * 2 + tables.length * 64;
      keep({ key, headers, body, expires: now() + options.seconds * 1000, bytes: entryBytes, read: tables });
    });
  };

  const handle = (request: http.IncomingMessage, response: http.ServerResponse, render: () => void): boolean => {
    if (!isPageRequest(request)) return false;
    void (async () => {
      let viewing: Viewing = null;
      try {
        viewing = await options.view(request);
      } catch (error) {
        options.onError?.(error);
      }
      if (!viewing) {
        render();
        return;
      }
      const release = viewing.release;
      if (release) {
        response.once("finish", release);
        response.once("close", release);
      }
      const key = keyOf(request, viewing.who);
      const entry = wantsFresh(request) ? undefined : entries.get(key);
      if (entry && entry.expires > now() && stillCurrent(entry.read, viewing.marks)) {
        entries.delete(key); // most recently used goes last
        entries.set(key, entry);
        response.writeHead(200, { ...entry.headers, [PAGE_CACHE_HEADER]: "hit" });
        response.end(entry.body);
        return;
      }
      if (entry) drop(entry);
      response.setHeader(PAGE_CACHE_HEADER, "miss");
      let read = new Set<string>();
      record(response, key, viewing.marks, () => read);
      read = tablesRead(render);
    })();
    return true;
  };

  return { handle, size: () => ({ entries: entries.size, bytes }) };
}
