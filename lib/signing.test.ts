import { describe, expect, it } from "vitest";
import { keyById, mac, parseKeyRing, signingKey } from "./signing";

const b64 = (fill: number) => Buffer.alloc(32, fill).toString("base64");

describe("the signing key ring", () => {
  it("signs with the first key and finds every key by id", () => {
    const ring = parseKeyRing(`k2:${b64(2)}, K1:${b64(1)}`);
    expect(signingKey(ring).id).toBe("k2");
    expect(keyById("K1", ring)?.secret.equals(Buffer.alloc(32, 1))).toBe(true);
    expect(keyById("k3", ring)).toBeNull();
  });

  it("reads both base64 alphabets", () => {
    const raw = Buffer.alloc(32, 0xfb);
    expect(parseKeyRing(`a:${raw.toString("base64url")}`)[0]?.secret.equals(raw)).toBe(true);
    expect(parseKeyRing(`a:${raw.toString("base64")}`)[0]?.secret.equals(raw)).toBe(true);
  });

  it("refuses short keys, missing ids and duplicate ids", () => {
    expect(() => parseKeyRing(`k1:${Buffer.alloc(16).toString("base64")}`)).toThrow(/shorter than 32 bytes/);
    expect(() => parseKeyRing(b64(1))).toThrow(/id/);
    expect(() => parseKeyRing(`k1:${b64(1)},k1:${b64(2)}`)).toThrow(/twice/);
    expect(() => parseKeyRing(" , ")).toThrow(/no key/);
  });

  it("gives each purpose its own MAC", () => {
    const [key] = parseKeyRing(`k1:${b64(1)}`);
    expect(mac(key!, "certificate", "x").equals(mac(key!, "feed-token", "x"))).toBe(false);
    expect(mac(key!, "certificate", "x").equals(mac(key!, "certificate", "x"))).toBe(true);
  });
});
