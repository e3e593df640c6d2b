import { env } from "./env";
import { DomainError, HTTP_STATUS } from "./errors";
import { say, sayFieldErrors } from "./i18n/problems";
import { readerLocale } from "./i18n/reader";
import type { AppLocale } from "./i18n/request";

/** A refusal about the request itself rather than the domain: wrong media type (415), foreign origin (403). */
export class RequestRefused extends Error {
  constructor(
    readonly status: 403 | 415,
    message: string,
  ) {
    super(message);
    this.name = "RequestRefused";
  }
}

const DEFAULT_BODY_LIMIT = 16_384;
const tooLarge = () => new DomainError("too_large", "The request is too large.");

/**
 * Reads a request body as a stream and stops at `maxBytes`: a body that declares more is refused before
 * one byte is read, and a chunked body (no declared length) is cut off as soon as it passes the limit,
 * so a 40 MB upload to a 16 KB route costs 16 KB, not 40 MB. The answer is a 413 (DomainError too_large).
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop reading; whatever the client still sends is not ours to wait for.
      reader.releaseLock();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export type ReadBodyOptions = {
  /** Only application/json is read; anything else is a 415 before a byte is read. */
  jsonOnly?: boolean;
  /** A browser request from another origin is a 403 (login CSRF and friends). */
  sameOrigin?: boolean;
};

/**
 * Reads a JSON (or, unless jsonOnly, a form) body no bigger than maxBytes; anything else is a 4xx with a
 * sentence, never a 500.
 */
export async function readBody(
  request: Request,
  maxBytes = DEFAULT_BODY_LIMIT,
  options: ReadBodyOptions = {},
): Promise<unknown> {
  if (options.sameOrigin) assertSameOrigin(request);
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const isForm = type === "application/x-www-form-urlencoded";
  if (options.jsonOnly && type !== "application/json")
    throw new RequestRefused(415, "Send this request as JSON (Content-Type: application/json).");
  const text = new TextDecoder().decode(await readBodyBytes(request, maxBytes));
  if (isForm) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError("validation", "The request could not be read. Send JSON or a form.");
  }
}

/** The account endpoints: JSON only, from our own pages only, 16 KB at most. */
export function readAccountBody(request: Request, maxBytes = DEFAULT_BODY_LIMIT): Promise<unknown> {
  return readBody(request, maxBytes, { jsonOnly: true, sameOrigin: true });
}

/**
 * Reads a multipart form of at most maxBytes through readBodyBytes (so an oversized upload is cut off
 * early too). Call it only once the actor is known and allowed: parsing is the expensive part.
 */
export async function readMultipart(request: Request, maxBytes: number): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data"))
    throw new RequestRefused(415, "Send the file as multipart/form-data.");
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    throw new DomainError("validation", "The upload could not be read. Please choose the file again.");
  }
}

/**
 * Browsers send Origin with every POST (and Sec-Fetch-Site with every request); a value that is not our
 * own origin means another site's page sent it. No Origin at all is a non-browser client, which cannot
 * carry a victim's cookies, so it passes.
 */
export function assertSameOrigin(request: Request, appUrl = env().APP_URL): void {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none")
    throw new RequestRefused(403, "This request must come from Madang's own pages.");
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const allowed = new Set([new URL(request.url).origin]);
  if (appUrl) allowed.add(new URL(appUrl).origin);
  if (!allowed.has(origin)) throw new RequestRefused(403, "This request must come from Madang's own pages.");
}

/** A domain error as its status and JSON, its sentences in the reader's language (lib/i18n/problems.ts). */
export function errorResponse(error: DomainError, locale: AppLocale = "en"): Response {
  const retryAfter = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  const headers: HeadersInit = typeof retryAfter === "number" ? { "retry-after": String(retryAfter) } : {};
  // A 413 is sent while the client may still be uploading: close the connection rather than read the rest.
  if (error.code === "too_large") headers.connection = "close";
  return Response.json(
    {
      ok: false,
      code: error.code,
      formError: say(locale, error.message),
      fieldErrors: sayFieldErrors(locale, error.fieldErrors),
    },
    { status: HTTP_STATUS[error.code], headers },
  );
}

/** Runs a route handler body, turning domain errors into their status and anything else into a logged 500. */
export async function handleRoute(name: string, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    // A 413 answers at once, while the client may still be sending: it waits for nothing, not even the reader's
    // language (the account's is a database read), so its sentence stays English.
    if (error instanceof DomainError)
      return errorResponse(error, error.code === "too_large" ? "en" : await readerLocale());
    if (error instanceof RequestRefused)
      return Response.json(
        {
          ok: false,
          code: error.status === 415 ? "unsupported_media_type" : "forbidden",
          formError: say(await readerLocale(), error.message),
        },
        { status: error.status },
      );
    console.error(`[route ${name}]`, error);
    return Response.json(
      {
        ok: false,
        code: "server",
        formError: say(await readerLocale(), "Something went wrong on our side. Nothing was saved; please try again."),
      },
      { status: 500 },
    );
  }
}
