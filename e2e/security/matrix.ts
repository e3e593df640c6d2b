import type { APIRequestContext } from "@playwright/test";
import { DEFAULT_FILL, type RouteRow } from "./routes";
import { splitKey, type Method } from "./walk";
import type { World } from "./world";

export type Outcome = "allowed" | "refused" | "invalid" | "error";

/** A URL for a route pattern, each [segment] filled from its row, the defaults, or a literal. */
export function fillRoute(pattern: string, row: RouteRow, world: World): string {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const source = row.fill?.[name] ?? DEFAULT_FILL[name];
    if (!source) throw new Error(`no record for [${name}] in ${pattern}`);
    if (source.startsWith("=")) return source.slice(1);
    const value = world.params[source];
    if (!value) throw new Error(`no world.params.${source}`);
    return value;
  });
}

/**
 * How an answer reads: a 5xx is an error; 401, 403, 404 or a redirect to sign-in is a refusal; a 400, 413,
 * 415 or 422 to a handler's empty body is "invalid" (the body was refused before the access check, which
 * then says nothing either way); anything else (a page, a file, a redirect elsewhere) got past the check.
 */
export function classify(status: number, location: string, method = "GET"): Outcome {
  if (status >= 500) return "error";
  if (status === 401 || status === 403 || status === 404) return "refused";
  if (method !== "GET" && [400, 413, 415, 422].includes(status)) return "invalid";
  if (status >= 300 && status < 400 && /\/sign-in\b/.test(location)) return "refused";
  return "allowed";
}

export async function send(
  context: APIRequestContext,
  method: Method,
  url: string,
  options: { headers?: Record<string, string>; data?: unknown } = {},
) {
  const data = method === "GET" ? undefined : (options.data ?? {});
  return context.fetch(url, { method, headers: options.headers, data, maxRedirects: 0 });
}

export { splitKey };

/** The secrets (names, emails, references of the records) a body carries, for a refused answer: must be none. */
export function leaked(body: string, world: World): string[] {
  return world.secrets.filter((secret) => secret && body.includes(secret));
}
