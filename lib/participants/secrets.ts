import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * One key per purpose, derived from AUTH_SECRET, so a room code, a calendar token and a certificate code
 * can never stand in for one another and no second secret has to be configured.
 */
export function derivedKey(purpose: "room-code" | "feed-token" | "certificate", secret = process.env.AUTH_SECRET): Buffer {
  if (!secret || secret.length < 16) throw new Error("AUTH_SECRET must be set (at least 16 characters) to sign codes and links.");
  return createHmac("sha256", secret).update(`madang:${purpose}`).digest();
}

export function hmac(key: Buffer, message: string): Buffer {
  return createHmac("sha256", key).update(message).digest();
}

/** 32 symbols without 0/O and 1/I: easy to read aloud and to type from a screen. */
export const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** `length` characters of `bytes` in CODE_ALPHABET (5 bits each). */
export function toCode(bytes: Buffer, length: number): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += CODE_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= length) break;
  }
  return out;
}

/** Compares two strings in constant time for equal lengths. */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
