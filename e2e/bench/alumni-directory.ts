// Directory timings at the size the issue names (CPI's ~1,400 alumni) on the embedded database:
//   NODE_OPTIONS=--conditions=react-server npx tsx e2e/bench/alumni-directory.ts
// Seeds an in-memory PGlite, imports 1,400 more alumni through the real import command, then times
// one directory page (items + count) per viewer and filter. Bounded: 30 runs per case.
import { eq } from "drizzle-orm";
import { openMemoryDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { users } from "../../db/schema";
import { seedDatabase } from "../../db/seed/seed";
import { listDirectory } from "../../lib/alumni/directory-queries";
import { commitImport } from "../../lib/alumni/import-commands";
import { PUBLIC_VIEWER, viewerOf } from "../../lib/alumni/visibility";
import { loadActor } from "../../lib/auth/actor";

const handle = openMemoryDatabase();
const db = handle.db;
await migrateDatabase(db, "pglite");
// The seed signs certificate codes; an in-memory database needs no real secret.
process.env.AUTH_SECRET ??= "bench-secret-for-an-in-memory-database";
await seedDatabase(db);
const id = async (email: string) =>
  (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const admin = (await loadActor(db, await id("admin@madang.test")))!;
const alumna = (await loadActor(db, await id("alumnus@madang.test")))!;
const countries = ["Mongolia", "KE", "Peru", "Viet Nam", "France", "Kazakhstan", "Ghana", "Mexico"];
const rows = Array.from({ length: 1400 }, (_, i) => [
  `Bench Alumnus ${i}`,
  `bench.${i}@example.org`,
  countries[i % countries.length]!,
  i % 2 ? "woman" : "man",
  "cultural-partnership-initiative",
  String(2006 + (i % 17)),
  "Heritage",
]);
const t0 = performance.now();
await commitImport(
  db,
  admin,
  { header: ["name", "email", "country", "gender", "programme", "cohort year", "field"], rows },
  { excludeInvalid: false },
);
console.log(`import of 1,400 rows: ${Math.round(performance.now() - t0)} ms`);

const cases = [
  ["public, first page", PUBLIC_VIEWER, {}],
  ["public, country", PUBLIC_VIEWER, { country: "KZ" }],
  ["alumnus, first page", viewerOf(alumna), {}],
  ["alumnus, region + language", viewerOf(alumna), { region: "asia_pacific" as const, language: "english" }],
  ["alumnus, text search", viewerOf(alumna), { q: "theatre" }],
  ["staff, page 30", viewerOf(admin), { page: 30 }],
  ["staff, programme + year", viewerOf(admin), { programme: "cultural-partnership-initiative", year: 2015 }],
] as const;
for (const [name, viewer, params] of cases) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    total = (await listDirectory(db, viewer, params)).total;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(28)} total=${String(total).padStart(5)}  p50=${times[15]!.toFixed(1)} ms  p95=${times[28]!.toFixed(1)} ms`,
  );
}
await handle.close();
