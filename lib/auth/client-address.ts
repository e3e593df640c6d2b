import { isIP } from "node:net";

/**
 * Which address a request came from, in a form nobody on the internet can choose.
 *
 * Next 16 gives neither proxy.ts nor route handlers the socket (NextRequest.ip is gone since Next 15), and
 * its own server only fills `x-forwarded-for` from the socket when the client did not send one
 * (node_modules/next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`), so the header
 * is whatever an attacker writes. Reading it would let anyone invent 40 addresses for 40 guesses.
 *
 * So instrumentation.ts hooks the Node HTTP server once at start (lib/security/server-edge.ts): for every
 * request it computes the client
 * address from the socket (and from TRUSTED_PROXY_HOPS entries of X-Forwarded-For counted from the right,
 * when the app runs behind that many proxies of its own) and writes it to CLIENT_ADDRESS_HEADER, replacing
 * any header of that name the client sent. The proxy is not used for this: a proxy that matches a request
 * with a body makes Next read the whole body first (body-streams.js finalize()), which would undo the
 * early 413 of lib/http.ts.
 */
export const CLIENT_ADDRESS_HEADER = "x-madang-client-address";

/** Drops IPv4-mapped IPv6 ("::ffff:1.2.3.4") to plain IPv4 and lower-cases IPv6; null when not an address. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  // "[2001:db8::1]:443" and "1.2.3.4:5678" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1] ?? "";
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1] ?? "";
  const version = isIP(value);
  if (version === 4) return value;
  if (version === 6) return value.toLowerCase();
  return null;
}

/**
 * The client address given the socket's peer and the X-Forwarded-For header: with `trustedHops` proxies in
 * front, each appends the address it received from, so the client is the entry `trustedHops` from the right
 * of [...X-Forwarded-For, socket]. Entries further left are written by the client and never read.
 */
export function resolveClientAddress(
  socketAddress: string | null | undefined,
  forwardedFor: string | null | undefined,
  trustedHops: number,
): string | null {
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
    socketAddress ?? "",
  ];
  if (trustedHops <= 0) return normaliseAddress(socketAddress);
  if (trustedHops >= chain.length) return normaliseAddress(chain[0]);
  return normaliseAddress(chain[chain.length - 1 - trustedHops]);
}

/** The client address of a request, as stamped at start; null when the hook did not run (unit tests). */
export function clientIp(headers: Headers): string | null {
  return normaliseAddress(headers.get(CLIENT_ADDRESS_HEADER));
}

/**
 * The network an address belongs to, for limits one person with many addresses cannot dodge:
 * IPv4 /24, IPv6 /56 (what one home or office is usually given; a /48 would lump together a whole site).
 */
export function networkOf(address: string): string | null {
  const normal = normaliseAddress(address);
  if (!normal) return null;
  if (isIP(normal) === 4) return `${normal.split(".").slice(0, 3).join(".")}.0/24`;
  const groups = expandIpv6(normal);
  // 56 bits: the first three groups and the high byte of the fourth.
  const fourth = (parseInt(groups[3] ?? "0", 16) & 0xff00).toString(16);
  return `${groups
    .slice(0, 3)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}:${fourth}::/56`;
}

function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail ("::1.2.3.4") counts as two groups.
  const last = right.length ? right[right.length - 1] : left[left.length - 1];
  if (last && last.includes(".")) {
    const bytes = last.split(".").map(Number);
    const groups = [
      (((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0)).toString(16),
      (((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)).toString(16),
    ];
    if (right.length) right.splice(right.length - 1, 1, ...groups);
    else left.splice(left.length - 1, 1, ...groups);
  }
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array.from({ length: missing }, () => "0"), ...right];
}
