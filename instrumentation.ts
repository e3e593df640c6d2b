/**
 * Runs once when the server starts (not during `next build`): checks the environment, so a missing or wrong
 * setting stops the start with a readable message instead of failing on the first request that needs it,
 * and stamps every request with the client address taken from the socket (lib/auth/client-address.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const { installClientAddressStamp } = await import("@/lib/auth/client-address");
  installClientAddressStamp(env().TRUSTED_PROXY_HOPS);
}
