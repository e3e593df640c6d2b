import { randomBytes } from "node:crypto";
import { derivedKey, hmac, sameText, toCode } from "./secrets";

/**
 * Certificate codes: a random part and an HMAC of it, "ABCDE-FGHJK-MNPQRSTU". The random part makes
 * codes unguessable; the MAC lets the verify page refuse a made-up or tampered code before any lookup.
 */
const RANDOM_LENGTH = 10;
const MAC_LENGTH = 8;

function macOf(random: string, key: Buffer): string {
  return toCode(hmac(key, `certificate:${random}`), MAC_LENGTH);
}

export function newCertificateCode(key = derivedKey("certificate"), random = toCode(randomBytes(8), RANDOM_LENGTH)): string {
  return `${random.slice(0, 5)}-${random.slice(5)}-${macOf(random, key)}`;
}

/** True when the code is well formed and its MAC matches; the database still has to know it. */
export function isAuthenticCertificateCode(code: string, key = derivedKey("certificate")): boolean {
  const match = /^([A-Z2-9]{5})-([A-Z2-9]{5})-([A-Z2-9]{8})$/.exec(code.trim().toUpperCase());
  if (!match) return false;
  const random = `${match[1]}${match[2]}`;
  return sameText(macOf(random, key), match[3] ?? "");
}

/**
 * The personal calendar link's token: an HMAC of the enrolment id, so the feed needs no sign-in (calendar
 * apps cannot sign in) and nobody can reach another person's feed by changing the id.
 */
export function feedToken(enrolmentId: string, key = derivedKey("feed-token")): string {
  return hmac(key, `ics:${enrolmentId}`).subarray(0, 18).toString("base64url");
}

export function isValidFeedToken(enrolmentId: string, token: string, key = derivedKey("feed-token")): boolean {
  return sameText(feedToken(enrolmentId, key), token);
}
