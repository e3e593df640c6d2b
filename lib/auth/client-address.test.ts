import { describe, expect, it } from "vitest";
import { networkOf, normaliseAddress, resolveClientAddress } from "./client-address";

describe("the client address", () => {
  it("with no trusted proxy is the socket's, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.7", "1.2.3.4", 0)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8", 0)).toBe("203.0.113.7");
  });

  it("behind N trusted proxies is the Nth entry from the right of [...X-Forwarded-For, socket]", () => {
    // The client wrote "6.6.6.6"; the edge proxy appended the real client 198.51.100.9; the socket is the proxy.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9", 1)).toBe("198.51.100.9");
    // Two hops: edge (appends client) then an internal balancer (appends the edge).
    expect(resolveClientAddress("10.0.0.3", "6.6.6.6, 198.51.100.9, 10.0.0.2", 2)).toBe("198.51.100.9");
    // Fewer entries than hops: the leftmost one there is.
    expect(resolveClientAddress("10.0.0.2", "", 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "garbage", 1)).toBeNull();
  });

  it("normalises the forms addresses come in", () => {
    expect(normaliseAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("192.0.2.1:5555")).toBe("192.0.2.1");
    expect(normaliseAddress("not an address")).toBeNull();
    expect(normaliseAddress("")).toBeNull();
  });

  it("belongs to a /24 (IPv4) or /56 (IPv6) network", () => {
    expect(networkOf("203.0.113.77")).toBe("203.0.113.0/24");
    expect(networkOf("2001:db8:abcd:12ff:1::1")).toBe("2001:db8:abcd:1200::/56");
    expect(networkOf("2001:db8:abcd:1234::9")).toBe(networkOf("2001:db8:abcd:12aa::1"));
    expect(networkOf("2001:db8:abcd:1334::9")).not.toBe(networkOf("2001:db8:abcd:1234::9"));
    expect(networkOf("::1")).toBe("0:0:0:0::/56");
  });
});
