import { DomainError, HTTP_STATUS } from "./errors";

/** Reads a JSON or form body no bigger than maxBytes; anything else is a 4xx with a sentence, never a 500. */
export async function readBody(request: Request, maxBytes = 16_384): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new DomainError("too_large", "The request is too large.");
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new DomainError("too_large", "The request is too large.");
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError("validation", "The request could not be read. Send JSON or a form.");
  }
}

export function errorResponse(error: DomainError): Response {
  return Response.json({ ok: false, code: error.code, formError: error.message, fieldErrors: error.fieldErrors }, { status: HTTP_STATUS[error.code] });
}

/** Runs a route handler body, turning domain errors into their status and anything else into a logged 500. */
export async function handleRoute(name: string, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error);
    console.error(`[route ${name}]`, error);
    return Response.json({ ok: false, code: "server", formError: "Something went wrong on our side. Nothing was saved; please try again." }, { status: 500 });
  }
}
