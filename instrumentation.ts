/**
 * Runs once when the server starts (not during `next build`): checks the environment, so a missing or wrong
 * setting stops the start with a readable message instead of failing on the first request that needs it,
 * stamps every request with the client address taken from the socket, gives it a request id and logs it,
 * refuses paths with a broken %-escape before Next reads them and sends the build's scripts and stylesheets
 * brotli-compressed (lib/security/server-edge.ts).
 * It also starts this process's job runner (lib/jobs), unless JOBS=off; every instance runs one.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const { installServerEdge } = await import("@/lib/security/server-edge");
  // The build's files are in .next/static (the default distDir); under `next dev` they change as one edits.
  const staticDir = process.env.NODE_ENV === "production" ? ".next/static" : undefined;
  installServerEdge(env().TRUSTED_PROXY_HOPS, { staticDir });
  if (env().JOBS === "off") return;
  const { getDb } = await import("@/db/client");
  const { startRunner } = await import("@/lib/jobs/runner");
  const runner = startRunner(getDb());
  // Finish the job in hand before the process ends; Next then closes the server and exits.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void runner.stop());
}
