import { randomBytes } from "node:crypto";
import { keyById, keyRing, mac, sameText, signingKey, type KeyRing } from "@/lib/signing";
import { toCode } from "./secrets";

/**
 * Certificate codes: the signing key's id, a random part and a MAC of both, "K2-ABCDE-FGHJK-MNPQRSTU".
 * The random part makes codes unguessable; the MAC lets the verify page refuse a made-up or tampered code
 * before any lookup; the key id lets a new signing key take over while every code issued under an older
 * key that is still in the ring keeps verifying (lib/signing.ts).
 */
const RANDOM_LENGTH = 10;
const MAC_LENGTH = 8;
const CODE_PATTERN = /^([A-Z0-9]{1,8})-([A-Z2-9]{5})-([A-Z2-9]{5})-([A-Z2-9]{8})$/;

function macOf(keyId: string, random: string, ring: KeyRing): string | null {
  const key = keyById(keyId, ring);
  return key ? toCode(mac(key, "certificate", `${key.id}:${random}`), MAC_LENGTH) : null;
}

export function newCertificateCode(ring: KeyRing = keyRing(), random = toCode(randomBytes(8), RANDOM_LENGTH)): string {
  const key = signingKey(ring);
  return `${key.id.toUpperCase()}-${random.slice(0, 5)}-${random.slice(5)}-${macOf(key.id, random, ring)}`;
}

/** True when the code is well formed, names a key of the ring and its MAC matches; the database still has to know it. */
export function isAuthenticCertificateCode(code: string, ring: KeyRing = keyRing()): boolean {
  const match = CODE_PATTERN.exec(code.trim().toUpperCase());
  if (!match) return false;
  const expected = macOf(match[1] ?? "", `${match[2]}${match[3]}`, ring);
  return expected !== null && sameText(expected, match[4] ?? "");
}

/**
 * The personal calendar link's token, "<key id>.<MAC of the enrolment id>", so the feed needs no sign-in
 * (calendar apps cannot sign in) and nobody can reach another person's feed by changing the id. Links
 * handed out under an older key keep working while that key stays in the ring.
 */
export function feedToken(enrolmentId: string, ring: KeyRing = keyRing()): string {
  const key = signingKey(ring);
  return `${key.id}.${mac(key, "feed-token", `ics:${enrolmentId}`).subarray(0, 18).toString("base64url")}`;
}

export function isValidFeedToken(enrolmentId: string, token: string, ring: KeyRing = keyRing()): boolean {
  const dot = token.indexOf(".");
  const key = dot > 0 ? keyById(token.slice(0, dot), ring) : null;
  if (!key) return false;
  const expected = mac(key, "feed-token", `ics:${enrolmentId}`).subarray(0, 18).toString("base64url");
  return sameText(expected, token.slice(dot + 1));
}
