import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { openDatabase } from "../../db/client";
import { fillDatabase, type FillOptions, type FillSummary } from "../../db/fill";
import { migrateDatabase } from "../../db/migrate";
import { seedDatabase } from "../../db/seed/seed";

/**
 * A fresh database for one benchmark run, seeded and filled by db/fill: a new database on the DATABASE_URL
 * server (dropped by `cleanup`), else a fresh PGlite directory under .data/bench-<label>. It is closed before
 * returning (one process per PGlite directory: the server opens it next); `env` is what that server needs.
 */
export async function filledDatabase(
  label: string,
  options: FillOptions,
): Promise<{ env: Record<string, string>; cleanup: () => Promise<void>; summary: FillSummary }> {
  const { summary, ...rest } = await freshDatabase(label, options);
  return { ...rest, summary: summary! };
}

/** The same, with the demo seed alone (what a visitor and an applicant see, not years of data). */
export async function seededDatabase(
  label: string,
): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const { env, cleanup } = await freshDatabase(label, null);
  return { env, cleanup };
}

async function freshDatabase(
  label: string,
  options: FillOptions | null,
): Promise<{ env: Record<string, string>; cleanup: () => Promise<void>; summary: FillSummary | null }> {
  const serverUrl = process.env.DATABASE_URL;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let handle: ReturnType<typeof openDatabase>;
  if (serverUrl) {
    // Named after the DATABASE_URL's own database (e.g. rc_bench → rc_bench_reach_…), so a run stays inside the
    // database prefix its engineer was given on a shared server.
    const prefix = new URL(serverUrl).pathname.slice(1) || "madang_bench";
    const name = `${prefix}_${label}_${randomBytes(4).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handle = openDatabase(url.toString());
    env = { DATABASE_URL: url.toString() };
    cleanup = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  } else {
    const dir = path.resolve(`.data/bench-${label}`);
    rmSync(dir, { recursive: true, force: true });
    process.env.PGLITE_DIR = dir;
    handle = openDatabase(undefined);
    env = { PGLITE_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const started = performance.now();
  await migrateDatabase(handle.db, handle.driver);
  await seedDatabase(handle.db);
  const summary = options ? await fillDatabase(handle.db, options) : null;
  if (summary)
    console.log(
      `filled ${handle.driver}: ${summary.applications} applications (${summary.latestCallApplications} in the latest call), ` +
        `${summary.reviews} reviews, ${summary.alumni} alumni in ${Math.round(performance.now() - started)} ms`,
    );
  await handle.close();
  return { env, cleanup, summary };
}

/** The session cookie of a demo account (password madang-demo-2026), signed in through the app's own route. */
export async function signIn(base: string, email: string, password = "madang-demo-2026"): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await fetch(`${base}/api/account/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    if (response.ok)
      return response.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
    await response.arrayBuffer();
  }
  throw new Error(`sign-in failed for ${email}`);
}
