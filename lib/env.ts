import { createEnv } from "@t3-oss/env-core";
// @next/env is CommonJS: Node's ESM loader (tsx scripts) sees only its default export.
import nextEnv from "@next/env";
import { z } from "zod";

// Scripts run by tsx (migrate, seed, digest, outbox) read .env.local exactly as `next start` does, so a
// certificate the seed signs verifies on the server. Inside Next and under Vitest it is not read here.
if (!process.env.NEXT_RUNTIME && !process.env.VITEST)
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });

/** "k2:base64,k1:base64": the first key signs, every key verifies (lib/signing.ts). */
const SIGNING_KEYS_PATTERN = /^[a-z0-9]{1,8}:[A-Za-z0-9+/_-]{43,}={0,2}(,[a-z0-9]{1,8}:[A-Za-z0-9+/_-]{43,}={0,2})*$/;

function schemaFor(production: boolean) {
  const required = <T extends z.ZodType>(schema: T, dev: z.ZodType) => (production ? schema : dev);
  return {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ error: "DATABASE_URL must be a postgres:// URL" }).optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    PGLITE_DIR: z.string().optional(),
    AUTH_SECRET: required(
      z
        .string({ error: "AUTH_SECRET is required in production (at least 32 characters)" })
        .min(32, "AUTH_SECRET must be at least 32 characters"),
      z
        .string()
        .min(16, "AUTH_SECRET must be at least 16 characters (npm run demo writes one to .env.local)")
        .optional(),
    ),
    // The public address in links sent by email and in calendars: in production it must be said, never
    // guessed, or every emailed link would point at localhost.
    APP_URL: required(
      z.url({ error: "APP_URL is required in production (the public https:// address)" }),
      z.url().default("http://localhost:3000"),
    ),
    SIGNING_KEYS: required(
      z
        .string({
          error: "SIGNING_KEYS is required in production: id:base64 of 32 random bytes, newest first (k2:…,k1:…)",
        })
        .regex(SIGNING_KEYS_PATTERN, "SIGNING_KEYS must look like k2:base64,k1:base64 (32 random bytes each)"),
      z
        .string()
        .regex(SIGNING_KEYS_PATTERN, "SIGNING_KEYS must look like k2:base64,k1:base64 (32 random bytes each)")
        .optional(),
    ),
    // How many reverse proxies of our own stand in front of the app; 0 = X-Forwarded-For is ignored.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().default("Madang <no-reply@madang.local>"),
    UPLOAD_DIR: z.string().default(".data/uploads"),
    // Where uploads live: "disk" (UPLOAD_DIR, one machine), "postgres" (stored_files, which every instance
    // shares: set it when several instances serve the app, README "Several instances") or "s3" (an S3-compatible
    // bucket, with the four S3_* settings below).
    UPLOAD_STORAGE: z.enum(["disk", "postgres", "s3"]).default("disk"),
    S3_ENDPOINT: z
      .url({ protocol: /^https?$/, error: "S3_ENDPOINT must be the store's http(s):// address" })
      .optional(),
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    // "off" stops this process running jobs (lib/jobs), e.g. for browser tests that read the outbox as written.
    JOBS: z.enum(["on", "off"]).default("on"),
    // How long a rendered page may be sent again while nothing it read is written (lib/page-cache.ts); 0 = never.
    PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    // The most memory the kept pages take in each instance, in MB.
    PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  };
}

type Env = {
  NODE_ENV: "development" | "test" | "production";
  DATABASE_URL?: string;
  DATABASE_POOL_SIZE: number;
  PGLITE_DIR?: string;
  AUTH_SECRET?: string;
  APP_URL: string;
  SIGNING_KEYS?: string;
  TRUSTED_PROXY_HOPS: number;
  SMTP_URL?: string;
  MAIL_FROM: string;
  UPLOAD_DIR: string;
  UPLOAD_STORAGE: "disk" | "postgres" | "s3";
  /** Set when UPLOAD_STORAGE is "s3" (parseEnv refuses it without them). */
  S3?: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };
  JOBS: "on" | "off";
  PAGE_CACHE_SECONDS: number;
  PAGE_CACHE_MB: number;
};

/** Validates `source` against the rules of its NODE_ENV; throws one readable message listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // `next build` runs with NODE_ENV=production but needs no runtime settings (the build never signs or sends).
  const production = source.NODE_ENV === "production" && source.NEXT_PHASE !== "phase-production-build";
  const parsed = createEnv({
    server: schemaFor(production),
    runtimeEnv: source,
    emptyStringAsUndefined: true,
    isServer: true,
    onValidationError: (issues) => {
      throw new Error(
        `Invalid environment: ${issues.map((i) => `${(i.path ?? []).map((p) => (typeof p === "object" ? p.key : p)).join(".")}: ${i.message}`).join("; ")}`,
      );
    },
  });
  const result = parsed as unknown as Env & Record<`S3_${string}`, string | undefined>;
  const s3 = {
    endpoint: result.S3_ENDPOINT,
    bucket: result.S3_BUCKET,
    region: result.S3_REGION,
    accessKeyId: result.S3_ACCESS_KEY_ID,
    secretAccessKey: result.S3_SECRET_ACCESS_KEY,
  };
  if (result.UPLOAD_STORAGE === "s3") {
    const missing = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"].filter(
      (name) => !result[name as `S3_${string}`],
    );
    if (missing.length) throw new Error(`Invalid environment: UPLOAD_STORAGE=s3 needs ${missing.join(", ")}`);
  }
  return {
    ...result,
    APP_URL: result.APP_URL.replace(/\/$/, ""),
    S3: result.UPLOAD_STORAGE === "s3" ? (s3 as NonNullable<Env["S3"]>) : undefined,
  };
}

let cached: Env | undefined;
/** The environment, validated once per process (instrumentation.ts calls it at start). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
