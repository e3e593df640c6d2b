import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside React's server build; in tests the code runs on the server anyway.
      "server-only": path.resolve(import.meta.dirname, "db/testing/empty.ts"),
    },
  },
  test: {
    environment: "node",
    // Codes and links are signed with AUTH_SECRET (the seed issues certificates with it); tests use a fixed one.
    env: { AUTH_SECRET: process.env.AUTH_SECRET ?? "vitest-secret-for-signed-codes-only" },
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "app/**/*.test.ts"],
    // Migrates once for the run; each file's database is a copy (db/testing/index.ts).
    globalSetup: ["db/testing/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are memory-hungry; two files at a time suits the 2-core machines.
    maxWorkers: 2,
  },
});
