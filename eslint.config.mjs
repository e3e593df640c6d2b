import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { readdirSync, readFileSync } from "node:fs";

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
  "markup",
  "markup-controls",
  "time",
  "forms",
  "http",
  "page-cache",
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

const SQL_SUBQUERY = {
  selector:
    "TaggedTemplateExpression[tag.name='sql'] > TemplateLiteral > TemplateElement[value.raw=/\\(\\s*select\\b/i]",
  message:
    "Write a subquery with subquery`…` or countWhere() from @/db/subquery: drizzle strips table names from columns in a plain sql`(select …)` (drizzle-orm#5734).",
};

// Every string a user reads comes from the messages (messages/en.json, translated in ko.json and fr.json): text
// with a letter in it, written into JSX (as text, as a quoted child, in a child's ternary or template, or in an
// attribute read aloud), fails lint. Allowed: the product's name, and text without letters ("·", "—", "(").
const NOT_A_LETTER_OR_THE_NAME = "^(?!\\s*Madang\\s*$)[\\s\\S]*\\p{L}";
const JSX_CHILD = ":matches(JSXElement, JSXFragment) > JSXExpressionContainer";
const UNTRANSLATED = "Write it in messages/en.json (with ko and fr) and render it with t(): a user reads this.";
const JSX_LITERALS = [
  { selector: `JSXText[value=/${NOT_A_LETTER_OR_THE_NAME}/u]`, message: UNTRANSLATED },
  { selector: `${JSX_CHILD} > Literal[value=/${NOT_A_LETTER_OR_THE_NAME}/u]`, message: UNTRANSLATED },
  {
    selector: `${JSX_CHILD} > :matches(ConditionalExpression, LogicalExpression) > Literal[value=/${NOT_A_LETTER_OR_THE_NAME}/u]`,
    message: UNTRANSLATED,
  },
  {
    selector: `${JSX_CHILD} > TemplateLiteral > TemplateElement[value.raw=/${NOT_A_LETTER_OR_THE_NAME}/u]`,
    message: UNTRANSLATED,
  },
  {
    selector: `JSXAttribute[name.name=/^(placeholder|title|alt|aria-label|label|submitLabel)$/] > Literal[value=/${NOT_A_LETTER_OR_THE_NAME}/u]`,
    message: UNTRANSLATED,
  },
];
// Files that still render English of their own (issue #14), in e2e/reach/still-english.json: the rule holds
// everywhere else, and each file leaves the list once its text is in the messages (the @reach journey leaves
// their pages out of its sample until then).
const STILL_ENGLISH = JSON.parse(readFileSync(new URL("./e2e/reach/still-english.json", import.meta.url), "utf8")).map(
  (file) => file.replace(/[[\]()]/g, "\\$&"), // "[cohortId]" is a glob's character class unless escaped
);

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
    // The layers run one way (ARCHITECTURE.md): components never reach db/, lib never reaches app/ or components/.
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
    rules: { "no-restricted-syntax": ["error", SQL_SUBQUERY] },
  },
  {
    // The same rule for the pages and components, with the untranslated-text selectors (a later entry for a
    // rule replaces an earlier one, so the subquery selector is repeated here).
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/ui/**", ...STILL_ENGLISH],
    rules: { "no-restricted-syntax": ["error", SQL_SUBQUERY, ...JSX_LITERALS] },
  },
];

export default config;
