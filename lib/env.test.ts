import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const key = `k1:${Buffer.alloc(32, 7).toString("base64")}`;
const secret = "s".repeat(40);

describe("the environment", () => {
  it("in production requires AUTH_SECRET, APP_URL and SIGNING_KEYS, and says which are missing", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(
      /AUTH_SECRET.*APP_URL.*SIGNING_KEYS|AUTH_SECRET[\s\S]*APP_URL[\s\S]*SIGNING_KEYS/,
    );
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, SIGNING_KEYS: key })).toThrow(/APP_URL/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "https://madang.example" })).toThrow(
      /SIGNING_KEYS/,
    );
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        AUTH_SECRET: secret,
        APP_URL: "https://madang.example",
        SIGNING_KEYS: "k1:short",
      }),
    ).toThrow(/SIGNING_KEYS/);
    const ok = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: secret,
      APP_URL: "https://madang.example/",
      SIGNING_KEYS: key,
    });
    expect(ok.APP_URL).toBe("https://madang.example");
    expect(ok.TRUSTED_PROXY_HOPS).toBe(0);
  });

  it("never falls back to localhost in production, but does in development", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, SIGNING_KEYS: key, APP_URL: "" })).toThrow(
      /APP_URL/,
    );
    expect(parseEnv({ NODE_ENV: "development" }).APP_URL).toBe("http://localhost:3000");
  });

  it("lets `next build` through without runtime settings", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  it("refuses malformed values", () => {
    expect(() => parseEnv({ NODE_ENV: "test", TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ NODE_ENV: "test", DATABASE_URL: "nonsense" })).toThrow(/DATABASE_URL/);
    expect(parseEnv({ NODE_ENV: "test", TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
  });

  it("stores uploads in S3 only with its four settings, and says which are missing", () => {
    expect(() => parseEnv({ NODE_ENV: "test", UPLOAD_STORAGE: "s3" })).toThrow(
      "UPLOAD_STORAGE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY",
    );
    const given = {
      NODE_ENV: "test",
      UPLOAD_STORAGE: "s3",
      S3_ENDPOINT: "http://minio.internal:9000",
      S3_BUCKET: "madang",
      S3_ACCESS_KEY_ID: "id",
    };
    expect(() => parseEnv(given)).toThrow(/needs S3_SECRET_ACCESS_KEY$/);
    expect(() => parseEnv({ ...given, S3_SECRET_ACCESS_KEY: "x", S3_ENDPOINT: "minio:9000" })).toThrow(/S3_ENDPOINT/);
    expect(parseEnv({ ...given, S3_SECRET_ACCESS_KEY: "x" }).S3).toEqual({
      endpoint: "http://minio.internal:9000",
      bucket: "madang",
      region: "us-east-1",
      accessKeyId: "id",
      secretAccessKey: "x",
    });
    expect(parseEnv({ NODE_ENV: "test", S3_BUCKET: "unused" }).S3).toBeUndefined();
  });
});
