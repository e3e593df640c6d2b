/**
 * Runs once when the server starts (not during `next build`): checks the environment, so a missing or wrong
 * setting stops the start with a readable message instead of failing on the first request that needs it,
 * stamps every request with the client address taken from the socket, gives it a request id and logs it,
 * refuses paths with a broken %-escape before Next reads them and sends the build's scripts and stylesheets
 * brotli-compressed (lib/security/server-edge.ts).
 * It keeps rendered pages while nothing they read is written (lib/page-cache.ts), in production.
 * It also starts this process's job runner (lib/jobs), unless JOBS=off; every instance runs one.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const { installServerEdge } = await import("@/lib/security/server-edge");
  // The build's files are in .next/static (the default distDir); under `next dev` they change as one edits.
  const production = process.env.NODE_ENV === "production";
  const staticDir = production ? ".next/static" : undefined;
  const { getDb } = await import("@/db/client");
  // Rendered pages kept while nothing they read is written (lib/page-cache.ts); not under `next dev`, where code changes.
  let pages;
  if (production && env().PAGE_CACHE_SECONDS > 0) {
    const { pageCache } = await import("@/lib/page-cache");
    const { viewRequest } = await import("@/lib/auth/edge-session");
    const { log } = await import("@/lib/log");
    pages = pageCache({
      seconds: env().PAGE_CACHE_SECONDS,
      maxBytes: env().PAGE_CACHE_MB * 2 ** 20,
      view: viewRequest(getDb),
      onError: (error) => log.warn({ err: error }, "page cache: the session check failed; rendering"),
    }).handle;
  }
  installServerEdge(env().TRUSTED_PROXY_HOPS, { staticDir, pages });
  if (env().JOBS === "off") return;
  const { startRunner } = await import("@/lib/jobs/runner");
  const runner = startRunner(getDb());
  // Finish the job in hand before the process ends; Next then closes the server and exits.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void runner.stop());
}
