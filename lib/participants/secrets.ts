import { createHmac } from "node:crypto";
import { signingKey, sameText as sameTextInConstantTime } from "@/lib/signing";

/**
 * One key per purpose, derived from the current signing key (lib/signing.ts; never from AUTH_SECRET, whose
 * rotation must not void what was signed), so a room code can never stand in for anything else.
 * Room codes live an hour at most, so they need no key id: after a rotation, codes shown in the last hour
 * read as unknown once. Certificate codes and calendar tokens carry their key id (codes.ts).
 * `secret` is for tests that need a key of their own.
 */
export function derivedKey(purpose: "room-code" | "feed-token" | "certificate", secret?: string): Buffer {
  if (secret !== undefined && secret.length < 16) throw new Error("A test secret must be at least 16 characters.");
  const base = secret !== undefined ? Buffer.from(secret) : signingKey().secret;
  return createHmac("sha256", base).update(`madang:${purpose}`).digest();
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
export const sameText = sameTextInConstantTime;
