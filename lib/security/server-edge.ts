import { randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/auth/client-address";
import { HANDOFF_HEADER } from "@/lib/auth/edge-session";
import { log } from "@/lib/log";
import { isMalformedPath, STATIC_SECURITY_HEADERS } from "./headers";
import type { pageCache } from "@/lib/page-cache";
import { staticBrotli } from "./static-brotli";

/** The request's id: the one a proxy in front gave it when it looks like an id, else a fresh one. */
const REQUEST_ID_HEADER = "x-request-id";
const SANE_ID = /^[\w.:-]{8,128}$/;

/**
 * One JSON log line per request when its answer is sent (or the client goes away): id, method, path without
 * the query (links carry tokens there), status and duration. The id is echoed in the answer's x-request-id
 * and passed on to Next in the request's, so a person's report can be found in the logs of any instance.
 */
function logRequest(request: http.IncomingMessage, response: http.ServerResponse, path: string): void {
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === "string" && SANE_ID.test(given) ? given : randomUUID();
  request.headers[REQUEST_ID_HEADER] = id;
  if (!response.headersSent) response.setHeader(REQUEST_ID_HEADER, id);
  const started = performance.now();
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    log.info(
      {
        req: id,
        method: request.method,
        path,
        status: response.writableFinished ? response.statusCode : 499,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      "request",
    );
  };
  response.once("finish", done);
  response.once("close", done);
}

/**
 * A server action is called by React with its arguments encoded as text/plain (JSON) or as multipart/form-data;
 * Next decodes any other body as JSON and throws on it (a 500). Such a request is not from the app.
 */
function isForgedActionCall(request: http.IncomingMessage): boolean {
  if (request.method !== "POST" || !request.headers["next-action"]) return false;
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  return type !== "text/plain" && type !== "multipart/form-data";
}

/**
 * React encodes a call's arguments as multipart/form-data with the root of the arguments in a field named "0";
 * without that field Next waits for it until the body ends and answers 500 ("Connection closed"). The body of
 * such a call is read here (Next reads it whole too, and refuses one over its 1 MB action limit): a body
 * without the root field gets a 400, any other goes on to Next unchanged.
 */
const ACTION_BODY_LIMIT = 1024 * 1024 + 64 * 1024;

function multipartActionBoundary(request: http.IncomingMessage): string | null {
  if (request.method !== "POST" || !request.headers["next-action"]) return null;
  const type = request.headers["content-type"] ?? "";
  if (type.split(";")[0]!.trim().toLowerCase() !== "multipart/form-data") return null;
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  return boundary ? (boundary[1] ?? boundary[2] ?? "") : "";
}

/** Whether a multipart body has a part named "0" (what React's encoding always has), read as bytes. */
export function hasRootField(body: Buffer, boundary: string): boolean {
  if (!boundary) return false;
  const text = body.toString("latin1");
  const delimiter = `--${boundary}\r\n`;
  for (let at = text.indexOf(delimiter); at !== -1; at = text.indexOf(delimiter, at + delimiter.length)) {
    const headersEnd = text.indexOf("\r\n\r\n", at);
    if (headersEnd === -1) return false;
    const headers = text.slice(at + delimiter.length, headersEnd);
    if (/^content-disposition:\s*form-data;\s*name="0"(?:;|\s*$)/im.test(headers)) return true;
  }
  return false;
}

function refuse(response: http.ServerResponse, status: number, message: string): void {
  response.writeHead(status, {
    ...STATIC_SECURITY_HEADERS,
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    Connection: "close",
  });
  response.end(message);
}

/**
 * Reads a multipart action call's body, then hands Next a request that replays it, or answers 400 when the
 * root field is missing (413 past the limit). The replay is an IncomingMessage on the same socket with the
 * same head, so Next sees what the client sent.
 */
function screenMultipartAction(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  boundary: string,
  pass: (request: http.IncomingMessage) => void,
): void {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > ACTION_BODY_LIMIT) {
    pass(request); // Next refuses it by its own limit before decoding anything.
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  request.on("data", (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > ACTION_BODY_LIMIT) {
      over = true;
      chunks.length = 0;
      refuse(response, 413, "Too large: an action takes at most 1 MB.");
      return;
    }
    chunks.push(chunk);
  });
  request.on("error", () => response.destroy());
  request.on("end", () => {
    if (over) return;
    const body = Buffer.concat(chunks);
    if (!hasRootField(body, boundary)) {
      refuse(response, 400, "Bad request: this form call is not encoded as the app encodes it.");
      return;
    }
    const replay = new http.IncomingMessage(request.socket);
    replay.method = request.method;
    replay.url = request.url;
    replay.httpVersion = request.httpVersion;
    replay.httpVersionMajor = request.httpVersionMajor;
    replay.httpVersionMinor = request.httpVersionMinor;
    replay.headers = request.headers;
    replay.rawHeaders = request.rawHeaders;
    replay.push(body);
    replay.push(null);
    replay.complete = true;
    pass(replay);
  });
}

const INSTALLED = Symbol.for("madang.serverEdge");
type PageCacheHandle = ReturnType<typeof pageCache>["handle"];
type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

/**
 * What must happen to a request before Next sees it, installed once from instrumentation.ts on every
 * HTTP(S) server of the process (installing twice is a no-op):
 * - stamp CLIENT_ADDRESS_HEADER with the address from the socket (or `trustedHops` entries from the right of
 *   X-Forwarded-For), replacing any header of that name the client sent (lib/auth/client-address.ts says why);
 * - answer 400 to a path with a broken %-escape, for every method: Next would throw decoding it (a 500), and
 *   proxy.ts, which refuses these too, does not see requests with a body. The body is not read;
 * - answer 415 to a server-action call whose body is neither of the two encodings React sends
 *   (isForgedActionCall), before Next tries to decode it, and 400 to a multipart one without React's root
 *   field (screenMultipartAction);
 * - give it a request id and log it (logRequest);
 * - with `staticDir` (the build's `.next/static`, in production), answer for the build's scripts and stylesheets
 *   from brotli copies when the browser accepts brotli (static-brotli.ts); Next compresses with gzip only;
 * - remove the session hand-off header a client may have sent (lib/auth/edge-session.ts), and, with
 *   `pages` (lib/page-cache.ts, in production), answer a page request from the rendered pages kept, or
 *   render it and keep it.
 */
export function installServerEdge(
  trustedHops: number,
  options: { staticDir?: string; pages?: PageCacheHandle } = {},
): void {
  const compressed = options.staticDir ? staticBrotli(options.staticDir) : null;
  for (const server of [http.Server, https.Server]) {
    const proto = server.prototype as unknown as { emit: Emit; [INSTALLED]?: boolean };
    if (proto[INSTALLED]) continue;
    const emit = proto.emit;
    proto.emit = function guardedEmit(event, ...args) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        const response = args[1] as http.ServerResponse;
        const path = (request.url ?? "/").split("?")[0] ?? "/";
        logRequest(request, response, path);
        if (isMalformedPath(path)) {
          response.writeHead(400, {
            ...STATIC_SECURITY_HEADERS,
            "Content-Type": "text/plain; charset=utf-8",
            "Cache-Control": "no-store",
            Connection: "close",
          });
          response.end("Bad request: the address has a broken %-escape.");
          return true;
        }
        if (compressed?.(request, response)) return true;
        if (isForgedActionCall(request)) {
          refuse(response, 415, "Unsupported body: an action takes a form or the app's own encoding.");
          return true;
        }
        const forwarded = request.headers["x-forwarded-for"];
        const address = resolveClientAddress(
          request.socket?.remoteAddress,
          Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
          trustedHops,
        );
        if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
        else delete request.headers[CLIENT_ADDRESS_HEADER];
        delete request.headers[HANDOFF_HEADER];
        const boundary = multipartActionBoundary(request);
        if (boundary !== null) {
          screenMultipartAction(request, response, boundary, (passed) => emit.call(this, event, passed, response));
          return true;
        }
        if (options.pages?.(request, response, () => emit.call(this, event, request, response))) return true;
      }
      return emit.call(this, event, ...args);
    };
    proto[INSTALLED] = true;
  }
}
