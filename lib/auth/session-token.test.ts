import { decode as authjsDecode, encode as authjsEncode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authSecrets, decodeSessionToken, encodeSessionToken, overHttps, readSessionCookie } from "./session-token";

const SECRET = "a-session-secret-of-at-least-thirty-two-characters";
const OLD_SECRET = "the-previous-session-secret-still-in-rotation-00";
const SALT = "authjs.session-token";
const claims = { uid: "5d0c3f0e-9a55-4b4f-a5b1-0f6f3a9f2c11", sid: "9c1e0a52-4f7e-4c5d-8a0b-2b8f4f1d7e33" };

function jar(values: Record<string, string>) {
  return { get: (name: string) => (name in values ? { value: values[name]! } : undefined) };
}

describe("the session cookie's codec is Auth.js's own format", () => {
  for (const salt of [SALT, `__Secure-${SALT}`]) {
    it(`reads what Auth.js writes, and Auth.js reads what it writes (${salt})`, async () => {
      const byAuthjs = await authjsEncode({ token: { ...claims, isAdmin: true }, secret: SECRET, salt, maxAge: 600 });
      expect(await decodeSessionToken({ token: byAuthjs, secret: SECRET, salt })).toMatchObject({
        ...claims,
        isAdmin: true,
      });
      const byUs = await encodeSessionToken({ token: { ...claims, roles: [] }, secret: SECRET, salt, maxAge: 600 });
      const read = await authjsDecode({ token: byUs, secret: SECRET, salt });
      expect(read).toMatchObject({ ...claims, roles: [] });
      expect(read!.exp! - read!.iat!).toBe(600);
      expect(typeof read!.jti).toBe("string");
    });
  }

  it("opens a cookie written with a rotated-out secret while that secret is still listed, and not after", async () => {
    const token = await authjsEncode({ token: claims, secret: OLD_SECRET, salt: SALT, maxAge: 600 });
    expect(await readSessionCookie(jar({ [SALT]: token }), [SECRET, OLD_SECRET])).toEqual(claims);
    expect(await readSessionCookie(jar({ [SALT]: token }), [SECRET])).toBeNull();
    await expect(decodeSessionToken({ token, secret: [SECRET], salt: SALT })).rejects.toThrow();
  });

  it("refuses a tampered, expired, mis-salted or incomplete cookie", async () => {
    const token = await encodeSessionToken({ token: claims, secret: SECRET, salt: SALT, maxAge: 600 });
    const parts = token.split(".");
    const flipped = parts[3]!.startsWith("A") ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    const tampered = [...parts.slice(0, 3), flipped, parts[4]].join(".");
    expect(await readSessionCookie(jar({ [SALT]: tampered }), [SECRET])).toBeNull();
    const expired = await encodeSessionToken({ token: claims, secret: SECRET, salt: SALT, maxAge: -60 });
    expect(await readSessionCookie(jar({ [SALT]: expired }), [SECRET])).toBeNull();
    // A cookie moved to the other name is opened with the other salt: it does not open.
    expect(await readSessionCookie(jar({ [`__Secure-${SALT}`]: token }), [SECRET])).toBeNull();
    const noSession = await encodeSessionToken({ token: { uid: claims.uid }, secret: SECRET, salt: SALT });
    expect(await readSessionCookie(jar({ [SALT]: noSession }), [SECRET])).toBeNull();
    expect(await readSessionCookie(jar({ [SALT]: "not-a-token" }), [SECRET])).toBeNull();
    expect(await readSessionCookie(jar({}), [SECRET])).toBeNull();
    expect(await readSessionCookie(jar({ [SALT]: token }), [])).toBeNull();
  });

  it("refuses what Auth.js never writes: another algorithm, compression, a forged tag, a token not yet valid", async () => {
    const token = await encodeSessionToken({ token: claims, secret: SECRET, salt: SALT, maxAge: 600 });
    const [header, , iv, ciphertext, tag] = token.split(".");
    const withHeader = (fields: Record<string, unknown>) => {
      const own = JSON.parse(Buffer.from(header!, "base64url").toString("utf8"));
      const changed = Buffer.from(JSON.stringify({ ...own, ...fields })).toString("base64url");
      return [changed, "", iv, ciphertext, tag].join(".");
    };
    for (const forged of [
      withHeader({ alg: "none" }),
      withHeader({ enc: "A256GCM" }),
      withHeader({ zip: "DEF" }),
      // The header is authenticated: another kid (or any change to it) does not open.
      withHeader({ kid: "someone-else" }),
      // A changed first character (six whole bits of the tag; the last character also holds padding bits).
      [header, "", iv, ciphertext, `${tag!.startsWith("A") ? "B" : "A"}${tag!.slice(1)}`].join("."),
      [header, "key", iv, ciphertext, tag].join("."),
      `${token}.extra`,
    ])
      expect(await readSessionCookie(jar({ [SALT]: forged }), [SECRET])).toBeNull();
    const later = await authjsEncode({
      token: { ...claims, nbf: Math.floor(Date.now() / 1000) + 3600 },
      secret: SECRET,
      salt: SALT,
    });
    expect(await readSessionCookie(jar({ [SALT]: later }), [SECRET])).toBeNull();
  });

  it("joins a cookie Auth.js split into chunks, and prefers the secure cookie's name", async () => {
    const token = await encodeSessionToken({ token: claims, secret: SECRET, salt: SALT });
    const half = Math.floor(token.length / 2);
    expect(
      await readSessionCookie(jar({ [`${SALT}.0`]: token.slice(0, half), [`${SALT}.1`]: token.slice(half) }), [SECRET]),
    ).toEqual(claims);
    const other = { uid: claims.uid, sid: "0b7a3c1d-2e4f-4a6b-8c9d-0e1f2a3b4c5d" };
    const secure = await encodeSessionToken({ token: other, secret: SECRET, salt: `__Secure-${SALT}` });
    expect(await readSessionCookie(jar({ [SALT]: token, [`__Secure-${SALT}`]: secure }), [SECRET])).toEqual(other);
  });

  it("over HTTPS reads only the __Secure- cookie, as Auth.js does, so a plain one planted over HTTP opens nothing", async () => {
    const planted = await encodeSessionToken({ token: claims, secret: SECRET, salt: SALT });
    expect(await readSessionCookie(jar({ [SALT]: planted }), [SECRET], { plain: false })).toBeNull();
    const secure = await encodeSessionToken({ token: claims, secret: SECRET, salt: `__Secure-${SALT}` });
    expect(await readSessionCookie(jar({ [`__Secure-${SALT}`]: secure }), [SECRET], { plain: false })).toEqual(claims);
  });

  it("lists the secrets as Auth.js does: the numbered ones first, AUTH_SECRET last", () => {
    expect(authSecrets({ AUTH_SECRET: "s", AUTH_SECRET_1: "one", AUTH_SECRET_2: "two" })).toEqual(["two", "one", "s"]);
    expect(authSecrets({})).toEqual([]);
  });
});

describe("over HTTPS, by the protocol a proxy forwarded", () => {
  it("reads the first hop's protocol only", () => {
    expect(overHttps("https")).toBe(true);
    expect(overHttps(" https , http")).toBe(true);
    expect(overHttps("http, https")).toBe(false);
    expect(overHttps("http")).toBe(false);
    expect(overHttps("")).toBe(false);
    expect(overHttps(null)).toBe(false);
  });
});
