import { describe, expect, it } from "vitest";
import { feedToken, isAuthenticCertificateCode, isValidFeedToken, newCertificateCode } from "./codes";
import { derivedKey } from "./secrets";

const key = derivedKey("certificate", "a test secret of enough length");
const feedKey = derivedKey("feed-token", "a test secret of enough length");

describe("certificate codes", () => {
  it("are unique, well formed and verify with their key", () => {
    const codes = Array.from({ length: 200 }, () => newCertificateCode(key));
    expect(new Set(codes).size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{8}$/);
      expect(isAuthenticCertificateCode(code, key)).toBe(true);
    }
  });

  it("refuse a tampered code, a code from another key and rubbish", () => {
    const code = newCertificateCode(key, "ABCDEFGHJK");
    const last = code.at(-1) === "A" ? "B" : "A";
    expect(isAuthenticCertificateCode(`${code.slice(0, -1)}${last}`, key)).toBe(false);
    expect(isAuthenticCertificateCode(`B${code.slice(1)}`, key)).toBe(false);
    expect(isAuthenticCertificateCode(code, derivedKey("certificate", "another secret, also long enough"))).toBe(false);
    expect(isAuthenticCertificateCode("not-a-code", key)).toBe(false);
    expect(isAuthenticCertificateCode(code.toLowerCase(), key)).toBe(true);
  });

  it("are not interchangeable with other signed things", () => {
    const code = newCertificateCode(derivedKey("room-code", "a test secret of enough length"), "ABCDEFGHJK");
    expect(isAuthenticCertificateCode(code, key)).toBe(false);
  });
});

describe("calendar feed tokens", () => {
  it("belong to one enrolment", () => {
    const a = "0b7d1c2e-3f40-4a5b-8c6d-7e8f90a1b2c3";
    const b = "1c8e2d3f-4051-4b6c-9d7e-8f90a1b2c3d4";
    const token = feedToken(a, feedKey);
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(isValidFeedToken(a, token, feedKey)).toBe(true);
    expect(isValidFeedToken(b, token, feedKey)).toBe(false);
    expect(isValidFeedToken(a, token.slice(1), feedKey)).toBe(false);
  });
});
