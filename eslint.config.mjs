import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { readdirSync } from "node:fs";

/**
 * The areas of lib/, lowest first (ARCHITECTURE.md): an area may import only areas before it in this list, so
 * areas depend one way and never on each other in a circle. A folder or file in lib/ missing from the list
 * fails lint until it is given its place.
 */
const AREA_ORDER = [
  // foundation
  "errors",
  "env",
  "log",
  "utils",
  "format",
  "markdown",
  "time",
  "forms",
  "http",
  "signing",
  "i18n",
  // shared modules
  "audit",
  "mail",
  "uploads",
  "spreadsheet",
  "calendar",
  "auth",
  "security",
  "users",
  "geo",
  // programme structure
  "programmes",
  "organisations",
  "calls",
  "profiles",
  "timetable",
  "cohorts",
  // applications, review and selection
  "selection",
  "applications",
  "nominations",
  "review",
  "offers",
  "decisions",
  // the participant phase
  "participants",
  "attendance",
  "proposals",
  "graduation",
  // views over everything
  "alumni",
  "me",
  "admin",
  "partner",
  "reports",
  // people's own data: reads and erases across every area
  "privacy",
  // work that runs itself: calls mail, offers, alumni…
  "jobs",
];
const libEntries = readdirSync(new URL("./lib", import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory() || (/\.tsx?$/.test(e.name) && !e.name.includes(".test.")))
  .map((e) => e.name.replace(/\.tsx?$/, ""));
const unplaced = libEntries.filter((name) => !AREA_ORDER.includes(name));
if (unplaced.length)
  throw new Error(
    `lib/${unplaced.join(", lib/")}: give each a place in AREA_ORDER (eslint.config.mjs) and ARCHITECTURE.md`,
  );
const LAYER_PATTERNS = ["@/app/*", "@/components/*"];
const areaRules = AREA_ORDER.map((area, index) => {
  const above = AREA_ORDER.slice(index + 1).flatMap((b) => [`@/lib/${b}`, `@/lib/${b}/*`, `../${b}`, `../${b}/*`]);
  return {
    files: [`lib/${area}/**/*.{ts,tsx}`, `lib/${area}.ts`],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: LAYER_PATTERNS, message: "lib never imports app/ or components/ (the layers run one way)." },
            ...(above.length
              ? [
                  {
                    group: above,
                    message: `lib/${area} sits below this area in AREA_ORDER (eslint.config.mjs): areas depend one way. Move the shared piece down.`,
                  },
                ]
              : []),
          ],
        },
      ],
    },
  };
});

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "db/migrations/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The layers run one way (DESIGN.md): components never reach db/, lib never reaches app/ or components/.
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: ["@/db", "@/db/*", "@/app/*"] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: LAYER_PATTERNS }] },
  },
  ...areaRules,
  {
    // drizzle writes the select list of a one-table select with bare column names (drizzle-orm#5734), so a
    // correlated subquery in a plain `sql` template can compare a table with itself and return 0 in silence.
    // Subqueries go through db/subquery.ts (`subquery`, `countWhere`), which keep every column qualified.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "db/**/*.ts", "scripts/**/*.ts"],
    ignores: ["**/*.test.ts", "db/subquery.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "TaggedTemplateExpression[tag.name='sql'] > TemplateLiteral > TemplateElement[value.raw=/\\(\\s*select\\b/i]",
          message:
            "Write a subquery with subquery`…` or countWhere() from @/db/subquery: drizzle strips table names from columns in a plain sql`(select …)` (drizzle-orm#5734).",
        },
      ],
    },
  },
];

export default config;
