import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isMalformedPath, newNonce } from "./headers";

describe("the page policy", () => {
  it("allows scripts only with the nonce, forbids framing, and adds dev and https parts only when asked", () => {
    const csp = contentSecurityPolicy("abc");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("abc", { development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("abc", { https: true })).toContain("upgrade-insecure-requests");
  });

  it("gets a new unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("broken %-escapes", () => {
  it("are told apart from good ones", () => {
    for (const bad of ["/verify/%", "/verify/%E0%A4%A", "/programmes/%E0%A4%A", "/calls/%ZZ", "/%C0%AF", "/a%"])
      expect(isMalformedPath(bad), bad).toBe(true);
    for (const good of [
      "/verify/K1-ABCDE-FGHJK-MNPQRSTU",
      "/programmes/%E0%A4%A8",
      "/calls/a%20b",
      "/",
      "/me/cohorts/0b7d1c2e",
    ])
      expect(isMalformedPath(good), good).toBe(false);
  });
});
