import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseKeyRing, type KeyRing } from "@/lib/signing";
import { feedToken, isAuthenticCertificateCode, isValidFeedToken, newCertificateCode } from "./codes";
import { CODE_ALPHABET } from "./secrets";

const k1 = Buffer.alloc(32, 1).toString("base64");
const k2 = Buffer.alloc(32, 2).toString("base64");
const oldRing = parseKeyRing(`k1:${k1}`);
const rotated = parseKeyRing(`k2:${k2},k1:${k1}`);
const k2Only = parseKeyRing(`k2:${k2}`);
const stranger: KeyRing = parseKeyRing(`k1:${Buffer.alloc(32, 9).toString("base64")}`);

/** An independent implementation of the certificate MAC, written from the format's description. */
function expectedMac(secret: Buffer, keyId: string, random: string): string {
  const purposeKey = createHmac("sha256", secret).update("madang:certificate").digest();
  const mac = createHmac("sha256", purposeKey).update(`${keyId}:${random}`).digest();
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of mac) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < 8) {
      out += CODE_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

describe("certificate codes", () => {
  it("are unique, well formed, name their key and verify with it", () => {
    const codes = Array.from({ length: 200 }, () => newCertificateCode(rotated));
    expect(new Set(codes).size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^K2-[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{8}$/);
      expect(isAuthenticCertificateCode(code, rotated)).toBe(true);
    }
  });

  it("carry the MAC an independent implementation computes", () => {
    const code = newCertificateCode(oldRing, "ABCDEFGHJK");
    expect(code).toBe(`K1-ABCDE-FGHJK-${expectedMac(Buffer.alloc(32, 1), "k1", "ABCDEFGHJK")}`);
  });

  it("stay valid after the key is rotated, and stop only when the old key leaves the ring", () => {
    const issuedBefore = newCertificateCode(oldRing);
    expect(isAuthenticCertificateCode(issuedBefore, rotated)).toBe(true);
    expect(newCertificateCode(rotated).startsWith("K2-")).toBe(true);
    expect(isAuthenticCertificateCode(issuedBefore, k2Only)).toBe(false);
  });

  it("refuse a tampered code, a code from another key, a relabelled key id and rubbish", () => {
    const code = newCertificateCode(oldRing, "ABCDEFGHJK");
    const last = code.at(-1) === "A" ? "B" : "A";
    expect(isAuthenticCertificateCode(`${code.slice(0, -1)}${last}`, oldRing)).toBe(false);
    expect(isAuthenticCertificateCode(code.replace("-ABCDE", "-BBCDE"), oldRing)).toBe(false);
    expect(isAuthenticCertificateCode(code, stranger)).toBe(false);
    expect(isAuthenticCertificateCode(code.replace(/^K1/, "K2"), rotated)).toBe(false);
    expect(isAuthenticCertificateCode("not-a-code", oldRing)).toBe(false);
    expect(isAuthenticCertificateCode(code.toLowerCase(), oldRing)).toBe(true);
  });
});

describe("calendar feed tokens", () => {
  const a = "0b7d1c2e-3f40-4a5b-8c6d-7e8f90a1b2c3";
  const b = "1c8e2d3f-4051-4b6c-9d7e-8f90a1b2c3d4";

  it("belong to one enrolment", () => {
    const token = feedToken(a, oldRing);
    expect(token).toMatch(/^k1\.[A-Za-z0-9_-]{24}$/);
    expect(isValidFeedToken(a, token, oldRing)).toBe(true);
    expect(isValidFeedToken(b, token, oldRing)).toBe(false);
    expect(isValidFeedToken(a, token.slice(0, -1), oldRing)).toBe(false);
    expect(isValidFeedToken(a, token.replace(/^k1/, "k2"), rotated)).toBe(false);
    expect(isValidFeedToken(a, token, stranger)).toBe(false);
  });

  it("handed out before a rotation keep working after it", () => {
    const before = feedToken(a, oldRing);
    expect(isValidFeedToken(a, before, rotated)).toBe(true);
    expect(feedToken(a, rotated).startsWith("k2.")).toBe(true);
  });
});
