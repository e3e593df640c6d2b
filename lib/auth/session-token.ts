import { createDecipheriv, createHmac, timingSafeEqual } from "node:crypto";
import { EncryptJWT, base64url, calculateJwkThumbprint, type JWTPayload } from "jose";

/**
 * The session cookie's codec: Auth.js's own format (a JWE, "dir" with A256CBC-HS512, the key derived by HKDF
 * from the secret with the cookie's name as salt, its JWK thumbprint as kid), with the derived keys kept. Auth.js
 * derives the key and its thumbprint again for every cookie it reads or writes; a rush of submissions paid that
 * twice per request. `lib/auth/config.ts` gives these to Auth.js, and `readSessionCookie` reads a request's
 * cookie with them without Auth.js's round of decode, callback and encode. The test holds it to Auth.js's own
 * encode and decode both ways.
 */

const ALG = "dir";
const ENC = "A256CBC-HS512";
const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60;
const text = new TextEncoder();

type DerivedKey = { key: Uint8Array; kid: string };
const derived = new Map<string, Promise<DerivedKey>>();

function deriveKey(secret: string, salt: string, enc: string): Promise<DerivedKey> {
  const id = `${enc}\u0000${salt}\u0000${secret}`;
  let key = derived.get(id);
  if (!key) {
    key = (async () => {
      if (enc !== "A256CBC-HS512" && enc !== "A256GCM") throw new Error("Unsupported JWT Content Encryption Algorithm");
      const bytes = enc === "A256GCM" ? 32 : 64;
      const material = await crypto.subtle.importKey("raw", text.encode(secret), "HKDF", false, ["deriveBits"]);
      const bits = await crypto.subtle.deriveBits(
        {
          name: "HKDF",
          hash: "SHA-256",
          salt: text.encode(salt),
          info: text.encode(`Auth.js Generated Encryption Key (${salt})`),
        },
        material,
        bytes * 8,
      );
      const raw = new Uint8Array(bits);
      const kid = await calculateJwkThumbprint(
        { kty: "oct", k: base64url.encode(raw) },
        bytes === 64 ? "sha512" : "sha256",
      );
      return { key: raw, kid };
    })();
    key.catch(() => derived.delete(id));
    derived.set(id, key);
  }
  return key;
}

type CodecParams = { secret: string | string[]; salt: string };

/** Auth.js's `jwt.encode`, with the key kept. */
export async function encodeSessionToken(
  params: CodecParams & { token?: Record<string, unknown>; maxAge?: number },
): Promise<string> {
  const secrets = Array.isArray(params.secret) ? params.secret : [params.secret];
  const { key, kid } = await deriveKey(secrets[0]!, params.salt, ENC);
  return new EncryptJWT(params.token ?? {})
    .setProtectedHeader({ alg: ALG, enc: ENC, kid })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (params.maxAge ?? DEFAULT_MAX_AGE))
    .setJti(crypto.randomUUID())
    .encrypt(key);
}

/** Auth.js's `jwt.decode` (null without a token; throws on a token no secret opens), with the keys kept. */
export async function decodeSessionToken(params: CodecParams & { token?: string }): Promise<JWTPayload | null> {
  if (!params.token) return null;
  const secrets = Array.isArray(params.secret) ? params.secret : [params.secret];
  const [protectedHeader, encryptedKey, iv, ciphertext, tag, ...rest] = params.token.split(".");
  if (rest.length || encryptedKey !== "" || !protectedHeader || !iv || !ciphertext || !tag)
    throw new Error("not a compact JWE with direct encryption");
  const header = JSON.parse(Buffer.from(protectedHeader, "base64url").toString("utf8")) as Record<string, unknown>;
  // Only what Auth.js (and encodeSessionToken) write: "dir" with A256CBC-HS512, uncompressed.
  if (header.alg !== ALG || header.enc !== ENC || "zip" in header || "crit" in header)
    throw new Error("unsupported JWE header");
  for (const secret of secrets) {
    const { key, kid } = await deriveKey(secret, params.salt, ENC);
    if (header.kid !== undefined && header.kid !== kid) continue;
    const plaintext = openJwe(key, protectedHeader, iv, ciphertext, tag);
    if (!plaintext) continue;
    return checkedClaims(JSON.parse(plaintext.toString("utf8")) as JWTPayload);
  }
  throw new Error("no matching decryption secret");
}

/**
 * The content of a "dir" A256CBC-HS512 JWE, decrypted synchronously with node:crypto (RFC 7516 §5.2, RFC 7518
 * §5.2.2), or null when its tag does not verify. jose's jwtDecrypt did the same through WebCrypto, where every
 * HMAC and AES step is a thread-pool job and a promise: about a millisecond per request in a submission rush.
 * The test holds it to Auth.js's own encoder, and refuses tampered, expired and foreign tokens.
 */
function openJwe(
  key: Uint8Array,
  protectedHeader: string,
  ivText: string,
  ciphertextText: string,
  tagText: string,
): Buffer | null {
  const aad = Buffer.from(protectedHeader, "ascii");
  const iv = Buffer.from(ivText, "base64url");
  const ciphertext = Buffer.from(ciphertextText, "base64url");
  const tag = Buffer.from(tagText, "base64url");
  try {
    // A256CBC-HS512: the first half of the key authenticates, the second decrypts; the tag is the first half of
    // HMAC-SHA-512 over AAD, IV, ciphertext and the AAD's length in bits (64-bit big-endian).
    if (key.length !== 64 || iv.length !== 16 || tag.length !== 32) return null;
    const length = Buffer.alloc(8);
    length.writeBigUInt64BE(BigInt(aad.length) * 8n);
    const mac = createHmac("sha512", key.subarray(0, 32)).update(aad).update(iv).update(ciphertext).update(length);
    if (!timingSafeEqual(mac.digest().subarray(0, 32), tag)) return null;
    const decipher = createDecipheriv("aes-256-cbc", key.subarray(32), iv);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    return null;
  }
}

/** The claims, if the token is in its lifetime (with jose's tolerance of 15 seconds either way). */
function checkedClaims(payload: JWTPayload): JWTPayload {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload))
    throw new Error("claims are not an object");
  const now = Math.floor(Date.now() / 1000);
  const tolerance = 15;
  if (payload.exp !== undefined && (typeof payload.exp !== "number" || payload.exp <= now - tolerance))
    throw new Error("token expired");
  if (payload.nbf !== undefined && (typeof payload.nbf !== "number" || payload.nbf > now + tolerance))
    throw new Error("token not yet valid");
  if (payload.iat !== undefined && typeof payload.iat !== "number") throw new Error("bad iat");
  return payload;
}

/** The secrets Auth.js reads from the environment, newest first (AUTH_SECRET_1…3 rotate it). */
export function authSecrets(env: Record<string, string | undefined> = process.env): string[] {
  const secrets: string[] = [];
  if (env.AUTH_SECRET) secrets.push(env.AUTH_SECRET);
  for (let i = 1; i <= 3; i++) {
    const secret = env[`AUTH_SECRET_${i}`];
    if (secret) secrets.unshift(secret);
  }
  return secrets;
}

const COOKIE = "authjs.session-token";
const SECURE_COOKIE = `__Secure-${COOKIE}`;

type CookieReader = { get(name: string): { value: string } | undefined };

/** The cookie's value, joined again when Auth.js split it into name.0, name.1…; its name is the key's salt. */
function sessionCookie(cookies: CookieReader, plain: boolean): { name: string; value: string } | null {
  for (const name of plain ? [SECURE_COOKIE, COOKIE] : [SECURE_COOKIE]) {
    const whole = cookies.get(name)?.value;
    if (whole) return { name, value: whole };
    const chunks: string[] = [];
    for (let i = 0; ; i++) {
      const chunk = cookies.get(`${name}.${i}`)?.value;
      if (!chunk) break;
      chunks.push(chunk);
    }
    if (chunks.length) return { name, value: chunks.join("") };
  }
  return null;
}

/**
 * Whether a request came over HTTPS, by the protocol a TLS-terminating proxy in front forwarded (AUTH_TRUST_HOST):
 * over HTTPS only the `__Secure-` cookie counts (readSessionCookie's `plain: false`).
 */
export function overHttps(forwardedProto: string | null | undefined): boolean {
  return forwardedProto?.split(",")[0]?.trim() === "https";
}

export type SessionClaims = { uid: string; sid: string };

/**
 * Who the request's session cookie names (its user and user_sessions row), or null for no cookie, a forged or
 * expired one, or one without a session row id. Whether that session is still live is the database's word
 * (`loadLiveSession`, lib/auth/sessions.ts), never the cookie's. Over HTTPS (`plain: false`) only the
 * `__Secure-` cookie counts, as with Auth.js: a plain-named cookie planted from an insecure origin is not read.
 */
export async function readSessionCookie(
  cookies: CookieReader,
  secrets: string[] = authSecrets(),
  { plain = true }: { plain?: boolean } = {},
): Promise<SessionClaims | null> {
  const cookie = sessionCookie(cookies, plain);
  if (!cookie || secrets.length === 0) return null;
  try {
    const payload = await decodeSessionToken({ token: cookie.value, secret: secrets, salt: cookie.name });
    const uid = payload?.uid;
    const sid = payload?.sid;
    return typeof uid === "string" && typeof sid === "string" && uid && sid ? { uid, sid } : null;
  } catch {
    return null;
  }
}
