import { openDatabase } from "../client";
import { fillDatabase } from "./index";

// `npm run db:fill`: adds the years of data of db/fill to the database openDatabase() picks (DATABASE_URL, else
// PGlite in PGLITE_DIR), after db:migrate and db:seed. FILL_APPLICATIONS and FILL_ALUMNI change the size.

async function main() {
  const handle = openDatabase();
  try {
    const started = performance.now();
    const summary = await fillDatabase(handle.db, {
      applications: Number(process.env.FILL_APPLICATIONS ?? 100_000),
      alumni: Number(process.env.FILL_ALUMNI ?? 10_000),
    });
    console.log(
      `Filled (${handle.driver}) in ${Math.round(performance.now() - started)} ms: ${JSON.stringify(summary)}`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
