import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The key ring for everything Madang signs that must outlive a session: certificate codes, personal
 * calendar links, attendance room codes. It is separate from AUTH_SECRET (rotating the session secret
 * must not void a certificate) and holds several keys: the first signs, all verify, and a token names
 * the key that signed it, so a new key can be put in front while the old ones keep what they signed valid.
 *
 * SIGNING_KEYS = "k2:<base64 of 32 random bytes>,k1:<…>" (scripts/ensure-env.mjs writes one for
 * development; production refuses to start without it, lib/env.ts).
 */
export type SigningKey = { id: string; secret: Buffer };
export type KeyRing = readonly SigningKey[];
export type SigningPurpose = "certificate" | "feed-token" | "room-code";

// Development and tests without SIGNING_KEYS: a fixed, public key. Production never gets here (lib/env.ts).
const DEVELOPMENT_RING: KeyRing = [
  { id: "dev", secret: Buffer.from("madang development signing key: not for production!") },
];

/** Parses "id:base64,id:base64"; throws on a duplicate id or a key shorter than 32 bytes. */
export function parseKeyRing(raw: string): KeyRing {
  const ring = raw
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(":");
      const id = part.slice(0, colon).toLowerCase();
      // Node reads both base64 alphabets (+/ and -_).
      const secret = Buffer.from(part.slice(colon + 1), "base64");
      if (colon < 1 || !/^[a-z0-9]{1,8}$/.test(id))
        throw new Error(`A signing key needs an id of 1-8 letters or digits before the colon ("k1:…").`);
      if (secret.length < 32) throw new Error(`Signing key ${id} is shorter than 32 bytes.`);
      return { id, secret };
    });
  if (!ring.length) throw new Error("SIGNING_KEYS holds no key.");
  if (new Set(ring.map((k) => k.id)).size !== ring.length) throw new Error("SIGNING_KEYS names the same key id twice.");
  return ring;
}

let cached: { raw: string | undefined; ring: KeyRing } | undefined;
/** The configured ring (cached per value of SIGNING_KEYS). */
export function keyRing(): KeyRing {
  const raw = env().SIGNING_KEYS;
  if (!cached || cached.raw !== raw) cached = { raw, ring: raw ? parseKeyRing(raw) : DEVELOPMENT_RING };
  return cached.ring;
}

/** One sub-key per purpose, so a calendar token can never stand in for a certificate code. */
function purposeKey(key: SigningKey, purpose: SigningPurpose): Buffer {
  return createHmac("sha256", key.secret).update(`madang:${purpose}`).digest();
}

export function mac(key: SigningKey, purpose: SigningPurpose, message: string): Buffer {
  return createHmac("sha256", purposeKey(key, purpose)).update(message).digest();
}

/** The key that signs new tokens: the first of the ring. */
export function signingKey(ring: KeyRing = keyRing()): SigningKey {
  const key = ring[0];
  if (!key) throw new Error("The signing key ring is empty.");
  return key;
}

/** The key with this id (case-insensitive), or null when the ring no longer holds it. */
export function keyById(id: string, ring: KeyRing = keyRing()): SigningKey | null {
  return ring.find((k) => k.id === id.toLowerCase()) ?? null;
}

/** Compares two strings in constant time for equal lengths. */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** What is kept of a single-use secret (a link's token, a session grant): its SHA-256, so a database read opens nothing. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A fresh random secret for a link or a grant, URL-safe. */
export const newSecret = () => randomBytes(32).toString("base64url");
