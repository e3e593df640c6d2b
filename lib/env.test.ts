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
});
