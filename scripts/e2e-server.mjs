// Serves a production build for the browser tests on its own database: the DATABASE_URL one when set
// (CI gives each run a fresh database), else a fresh PGlite directory that no other process uses.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const port = process.env.E2E_PORT ?? "3100";
// MAIL_DEV_INBOX: no SMTP here, so the journeys read the links of unsent messages at /admin/outbox.
// JOBS=off: no job runner, so the journeys read messages as written and offers expire only when staff say.
const env = {
  ...process.env,
  AUTH_TRUST_HOST: "true",
  APP_URL: `http://localhost:${port}`,
  MAIL_DEV_INBOX: "true",
  JOBS: process.env.JOBS ?? "off",
};
if (!env.DATABASE_URL) {
  env.PGLITE_DIR = path.resolve(".data/e2e");
  rmSync(env.PGLITE_DIR, { recursive: true, force: true });
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("npx", ["tsx", "db/migrate.ts"]);
run("npx", ["tsx", "db/seed/index.ts"]);
// A failed job for the queue's journey (e2e/jobs.spec.ts): the outbox sent to an SMTP port nobody listens on.
spawnSync("npm", ["run", "mail:send"], { stdio: "ignore", env: { ...env, SMTP_URL: "smtp://127.0.0.1:9" } });
if (!process.env.E2E_SKIP_BUILD) run("npx", ["next", "build"]);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
