import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { chromium, type Page } from "@playwright/test";
import postgres from "postgres";
import { openDatabase, type Database } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { applications, calls, cohorts, programmes, reviews, users } from "../../db/schema";
import { ALL_COUNTRY_CODES, REGION_OF_COUNTRY } from "@/lib/geo";
import { inThreadSolver } from "@/lib/selection/highs-solver";
import { optimiseSelection } from "@/lib/selection/solve";
import { mulberry32 } from "@/lib/selection/testing";
import type { BalanceRules, Candidate, CandidateGender } from "@/lib/selection/types";
import { waitFor } from "./timing";

/**
 * npm run bench:selection — the solver from applicants in memory to the chosen list, then the click in a
 * real browser.
 * 30 seats among 10,000 (and 100,000) applicants: gender 40–60%, at most 3 per country, at least 17
 * countries, at least 3 from each of the 5 UNESCO regions. Median of 5 runs after a warm-up; the plain
 * (unpruned) model runs on the same 10,000 instance and must reach the same objective.
 * ui_600_ms and ui_10k_ms: the whole path of "Suggest a selection" as a person sees it. The bench makes a
 * database on the DATABASE_URL server (dropped at the end) holding a call with 600 and one with 10,000
 * scored applicants under the same rules, starts the built server on it (`next build` first when there is
 * no build), signs in as an administrator in Debian's Chromium, clicks "Suggest a selection" by its role
 * and times, in the page, from the click event to the first frame after the suggestion panel is in the
 * document (the server action, the loading of the pool, the worker's solve, the run's insert and React's
 * render). Median of UI_RUNS (5) clicks after a warm-up click; between clicks the analysis is let finish
 * and the suggestion discarded. UI_SIZES="600,10000" changes the pools (the figure names stay).
 */
function realisticPool(n: number, seed: number): Candidate[] {
  const rnd = mulberry32(seed);
  const codes = ALL_COUNTRY_CODES.filter((c) => REGION_OF_COUNTRY[c]);
  const pool: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    // Skewed: a few countries send many applicants, as they do.
    const country = codes[Math.floor(codes.length * rnd() ** 2.5)]!;
    const g = rnd();
    const gender: CandidateGender = g < 0.52 ? "woman" : g < 0.93 ? "man" : g < 0.96 ? "non_binary" : "undisclosed";
    // Reviewers' weighted totals on a 0–10 scale, two decimals: ties are common.
    pool.push({
      id: `app-${i}`,
      score: Math.round((rnd() * 6 + rnd() * 4) * 100) / 100,
      gender,
      country,
      region: REGION_OF_COUNTRY[country]!,
      trackId: null,
    });
  }
  return pool;
}

const rules: BalanceRules = {
  seats: 30,
  genderBand: { min: 0.4, max: 0.6 },
  maxPerCountry: 3,
  minCountries: 17,
  regionMin: { africa: 3, arab_states: 3, asia_pacific: 3, europe_north_america: 3, latin_america_caribbean: 3 },
};

const PASSWORD = "selection-bench-password";
const ADMIN = "selection-bench-admin@example.org";

/** A call whose applicants are `pool`, each scored by one reviewer on one criterion of 0–10 (two decimals). */
async function insertCall(db: Database, cohortId: string, reviewerId: string, runId: string, pool: Candidate[]) {
  const label = `n${pool.length}`;
  const [call] = await db
    .insert(calls)
    .values({
      cohortId,
      title: `Selection bench ${pool.length}`,
      status: "closed",
      opensAt: new Date(Date.UTC(2020, 0, 1)),
      closesAt: new Date(Date.UTC(2020, 1, 1)),
      rubric: [{ id: "overall", label: "Overall", weight: 1, max: 10, step: 0.01 }] as never,
      balanceRules: rules as unknown as Record<string, unknown>,
    })
    .returning({ id: calls.id });
  for (let i = 0; i < pool.length; i += 1000) {
    const part = pool.slice(i, i + 1000);
    const people = await db
      .insert(users)
      .values(
        part.map((_, j) => ({ email: `bench-${runId}-${label}-${i + j}@example.org`, name: `Applicant ${i + j}` })),
      )
      .returning({ id: users.id });
    const apps = await db
      .insert(applications)
      .values(
        part.map((c, j) => ({
          callId: call!.id,
          applicantId: people[j]!.id,
          reference: `SB${runId}-${label}-${String(i + j).padStart(5, "0")}`,
          status: "submitted" as const,
          snapshotNationality: c.country,
          snapshotGender: c.gender,
          submittedAt: new Date(Date.UTC(2020, 0, 15)),
        })),
      )
      .returning({ id: applications.id });
    await db.insert(reviews).values(
      part.map((c, j) => ({
        reviewerId,
        applicationId: apps[j]!.id,
        status: "submitted" as const,
        scores: { overall: c.score },
        submittedAt: new Date(Date.UTC(2020, 0, 20)),
      })),
    );
  }
  return call!.id;
}

/** The database for the browser runs: an administrator, a reviewer and the calls. */
async function prepareCalls(db: Database, runId: string, sizes: number[]) {
  const [admin, reviewer] = await db
    .insert(users)
    .values([
      { email: ADMIN, name: "Bench Administrator", isAdmin: true, passwordHash: await hash(PASSWORD) },
      { email: `bench-reviewer-${runId}@example.org`, name: "Bench Reviewer" },
    ])
    .returning({ id: users.id });
  const [programme] = await db
    .insert(programmes)
    .values({ slug: `selection-bench-${runId}`, title: "Selection bench", status: "published" })
    .returning({ id: programmes.id });
  const [cohort] = await db
    .insert(cohorts)
    .values({ programmeId: programme!.id, title: "Selection bench cohort", year: 2027, timeZone: "Asia/Seoul" })
    .returning({ id: cohorts.id });
  void admin;
  const ids: string[] = [];
  for (const [k, n] of sizes.entries())
    ids.push(await insertCall(db, cohort!.id, reviewer!.id, runId, realisticPool(n, 3 + k)));
  return ids;
}

/** From the click event to the first frame after the suggestion panel entered the document, in the page. */
async function clickOnce(page: Page): Promise<number> {
  const suggest = page.getByRole("button", { name: "Suggest a selection" });
  await suggest.waitFor({ timeout: 300_000 });
  await page.waitForFunction(
    () => {
      const b = [...document.querySelectorAll("button")].find((x) => x.textContent === "Suggest a selection");
      return b && !b.disabled;
    },
    undefined,
    { timeout: 300_000 },
  );
  await page.evaluate(() => {
    const w = window as unknown as { clickAt?: number; panelAt?: number };
    w.clickAt = undefined;
    w.panelAt = undefined;
    document.addEventListener("click", (e) => (w.clickAt = e.timeStamp), { capture: true, once: true });
    const seen = new MutationObserver(() => {
      if (!document.getElementById("suggestion-heading")) return;
      seen.disconnect();
      requestAnimationFrame(() => (w.panelAt = performance.now()));
    });
    seen.observe(document.body, { childList: true, subtree: true });
  });
  await suggest.click();
  await page.getByRole("heading", { name: "Suggested selection" }).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { panelAt?: number }).panelAt !== undefined);
  const [ms, server] = await page.evaluate(() => {
    const w = window as unknown as { clickAt: number; panelAt: number };
    // The server action's own request (a fetch that left after the click): its time from sending to the last byte.
    const action = performance
      .getEntriesByType("resource")
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === "fetch" && e.startTime >= w.clickAt)
      .map((e) => e as PerformanceResourceTiming)[0];
    return [w.panelAt - w.clickAt, action ? action.responseEnd - action.startTime : NaN];
  });
  console.log(
    `  ${Math.round(ms)} ms from the click to the panel, of which the server action ${Math.round(server)} ms`,
  );
  // Let the analysis (prices or ways out) finish, so the next click does not share the machine with it.
  await page.getByText(/^Working out/).waitFor({ state: "detached", timeout: 120_000 });
  await page.getByRole("button", { name: "Discard" }).click();
  await page.getByRole("heading", { name: "Suggested selection" }).waitFor({ state: "detached" });
  return ms;
}

async function clickToPanel(page: Page, base: string, callId: string, runs: number): Promise<number> {
  // The workbench still loads every candidate of the call (10,000 rows take long on a busy machine).
  await page.goto(`${base}/admin/calls/${callId}/selection`, { timeout: 300_000 });
  await clickOnce(page); // warm-up: the worker loads HiGHS once per server process
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await clickOnce(page));
  console.log(`  clicks: ${times.map((t) => Math.round(t)).join(", ")} ms`);
  return median(times);
}

/** The browser runs on their own database and server; everything they start is stopped at the end. */
async function browserTimes(sizes: number[]): Promise<number[]> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl?.startsWith("postgres"))
    throw new Error("bench:selection needs DATABASE_URL=postgres://… (the browser runs use their own database there)");
  const runId = randomBytes(3).toString("hex");
  const name = `madang_selection_bench_${runId}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString());
  let server: ChildProcess | null = null;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
  });
  try {
    await migrateDatabase(handle.db, "postgres");
    const t0 = performance.now();
    const callIds = await prepareCalls(handle.db, runId, sizes);
    console.log(`prepared calls of ${sizes.join(" and ")} applicants in ${Math.round(performance.now() - t0)} ms`);
    const port = process.env.E2E_PORT ?? "3302";
    const base = `http://localhost:${port}`;
    const env = { ...process.env, DATABASE_URL: url.toString(), AUTH_TRUST_HOST: "true", APP_URL: base };
    const nextBin = path.resolve("node_modules/next/dist/bin/next");
    if (!existsSync(".next/BUILD_ID")) {
      console.log("no build found: next build");
      if (spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env }).status !== 0)
        throw new Error("next build failed");
    }
    server = spawn(process.execPath, [nextBin, "start", "-p", port], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...env, NODE_ENV: "production" },
    });
    await waitFor(`${base}/api/health`, 90);
    const page = await (await browser.newContext({ baseURL: base })).newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email").fill(ADMIN);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    const runs = Number(process.env.UI_RUNS ?? 5);
    const out: number[] = [];
    for (const [k, callId] of callIds.entries()) {
      console.log(`click to panel, ${sizes[k]} applicants:`);
      out.push(await clickToPanel(page, base, callId, runs));
    }
    return out;
  } finally {
    await browser.close();
    if (server?.pid) server.kill("SIGTERM");
    await handle.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const solver = await inThreadSolver();
  const time = async (pool: Candidate[], prune: boolean, runs: number) => {
    await optimiseSelection(pool, rules, { seed: 42, prune }, solver); // warm-up
    const times: number[] = [];
    let objective = 0;
    let feasible = false;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const s = await optimiseSelection(pool, rules, { seed: 42, prune }, solver);
      times.push(performance.now() - t);
      objective = s.objective;
      feasible = s.feasible;
    }
    return { ms: median(times), objective, feasible };
  };

  const pool10k = realisticPool(10_000, 1);
  const pruned = await time(pool10k, true, 5);
  console.log(
    `n=10000 pruned: ${pruned.ms.toFixed(1)} ms, objective ${pruned.objective.toFixed(2)}, feasible ${pruned.feasible}`,
  );
  const plain = await time(pool10k, false, 1);
  console.log(
    `n=10000 plain:  ${plain.ms.toFixed(1)} ms, objective ${plain.objective.toFixed(2)}, feasible ${plain.feasible}`,
  );
  const pool100k = realisticPool(100_000, 2);
  const big = await time(pool100k, true, 5);
  console.log(
    `n=100000 pruned: ${big.ms.toFixed(1)} ms, objective ${big.objective.toFixed(2)}, feasible ${big.feasible}`,
  );
  const equal = Math.abs(pruned.objective - plain.objective) < 1e-6;
  const sizes = (process.env.UI_SIZES ?? "600,10000").split(",").map(Number);
  const [ui600, ui10k] = await browserTimes(sizes);
  console.log(
    `click to panel in Chromium: n=${sizes[0]} ${Math.round(ui600!)} ms, n=${sizes[1]} ${Math.round(ui10k!)} ms`,
  );
  console.log(
    `selection n=10000 pruned_ms=${Math.round(pruned.ms)} plain_ms=${Math.round(plain.ms)} objective_equal=${equal} n100k_ms=${Math.round(big.ms)} ui_600_ms=${Math.round(ui600!)} ui_10k_ms=${Math.round(ui10k!)}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
