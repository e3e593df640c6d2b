// Writes .env.local with what a fresh clone needs to run with no setup: a random AUTH_SECRET, a signing key
// ring of its own (SIGNING_KEYS, separate from AUTH_SECRET: lib/signing.ts) and the local APP_URL, said
// out loud so production never falls back to localhost (lib/env.ts requires all three there).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const file = ".env.local";
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
const has = (name) => new RegExp(`^${name}=`, "m").test(current) || Boolean(process.env[name]);
const lines = [];
if (!has("AUTH_SECRET")) lines.push(`AUTH_SECRET=${randomBytes(32).toString("base64url")}`);
if (!/^AUTH_TRUST_HOST=/m.test(current)) lines.push("AUTH_TRUST_HOST=true");
if (!has("SIGNING_KEYS")) lines.push(`SIGNING_KEYS=k1:${randomBytes(32).toString("base64url")}`);
if (!has("APP_URL")) lines.push("APP_URL=http://localhost:3000");
if (lines.length) {
  writeFileSync(file, `${current}${current && !current.endsWith("\n") ? "\n" : ""}${lines.join("\n")}\n`);
  console.log(`wrote ${lines.map((l) => l.split("=")[0]).join(", ")} to ${file}`);
}
