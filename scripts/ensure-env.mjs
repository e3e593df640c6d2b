// Writes .env.local with a random AUTH_SECRET when there is none, so a fresh clone runs with no setup.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const file = ".env.local";
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
const lines = [];
if (!/^AUTH_SECRET=/m.test(current) && !process.env.AUTH_SECRET) lines.push(`AUTH_SECRET=${randomBytes(32).toString("base64url")}`);
if (!/^AUTH_TRUST_HOST=/m.test(current)) lines.push("AUTH_TRUST_HOST=true");
if (lines.length) {
  writeFileSync(file, `${current}${current && !current.endsWith("\n") ? "\n" : ""}${lines.join("\n")}\n`);
  console.log(`wrote ${lines.map((l) => l.split("=")[0]).join(", ")} to ${file}`);
}
