import { existsSync } from "node:fs";
import { openDatabase } from "../client";
import { SEED_SLUGS } from "./ids";
import { seedDatabase } from "./seed";

// `npm run db:seed`: seeds the database openDatabase() picks (DATABASE_URL, else PGlite in PGLITE_DIR).
// Run `npm run db:migrate` first, and never beside a running server on the same PGlite directory.

// Certificate codes are signed with AUTH_SECRET (lib/participants/codes.ts): read the same .env.local as the
// server that will verify them (npm run demo writes it), unless the environment already sets it.
if (existsSync(".env.local")) process.loadEnvFile(".env.local");

async function main() {
  const handle = openDatabase();
  try {
    const summary = await seedDatabase(handle.db);
    console.log(`Seeded (${handle.driver}) in ${summary.durationMs} ms`);
    console.log(`  steps: ${summary.steps.map((s) => `${s.name} ${s.ms} ms`).join(", ")}`);
    console.log(
      `  rows: ${Object.entries(summary.counts)
        .map(([table, n]) => `${table} ${n}`)
        .join(", ")}`,
    );
    console.log(
      `  programmes: ${Object.values(SEED_SLUGS)
        .filter((s) => s !== SEED_SLUGS.learningCitiesNetwork)
        .map((s) => `/programmes/${s}`)
        .join(", ")}`,
    );
    console.log(`Demo sign-ins (password "${summary.password}"):`);
    for (const account of summary.demoAccounts)
      console.log(`  ${account.role.padEnd(12)} ${account.email.padEnd(26)} ${account.name}`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
