/**
 * Runs once when the server starts (not during `next build`): checks the environment, so a missing or wrong
 * setting stops the start with a readable message instead of failing on the first request that needs it,
 * stamps every request with the client address taken from the socket and refuses paths with a broken
 * %-escape before Next reads them (lib/security/server-edge.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const { installServerEdge } = await import("@/lib/security/server-edge");
  installServerEdge(env().TRUSTED_PROXY_HOPS);
}
