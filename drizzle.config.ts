import { defineConfig } from "drizzle-kit";

// generate needs no database; migrations are applied by db/migrate.ts on either driver.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
