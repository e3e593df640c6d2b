import { randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/auth/client-address";
import { log } from "@/lib/log";
import { isMalformedPath, STATIC_SECURITY_HEADERS } from "./headers";

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

const INSTALLED = Symbol.for("madang.serverEdge");
type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

/**
 * What must happen to a request before Next sees it, installed once from instrumentation.ts on every
 * HTTP(S) server of the process (installing twice is a no-op):
 * - stamp CLIENT_ADDRESS_HEADER with the address from the socket (or `trustedHops` entries from the right of
 *   X-Forwarded-For), replacing any header of that name the client sent (lib/auth/client-address.ts says why);
 * - answer 400 to a path with a broken %-escape, for every method: Next would throw decoding it (a 500), and
 *   proxy.ts, which refuses these too, does not see requests with a body. The body is not read;
 * - answer 415 to a server-action call whose body is neither of the two encodings React sends
 *   (isForgedActionCall), before Next tries to decode it;
 * - give it a request id and log it (logRequest).
 */
export function installServerEdge(trustedHops: number): void {
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
        if (isForgedActionCall(request)) {
          response.writeHead(415, {
            ...STATIC_SECURITY_HEADERS,
            "Content-Type": "text/plain; charset=utf-8",
            "Cache-Control": "no-store",
            Connection: "close",
          });
          response.end("Unsupported body: an action takes a form or the app's own encoding.");
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
      }
      return emit.call(this, event, ...args);
    };
    proto[INSTALLED] = true;
  }
}
