import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".data/**", "node_modules/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
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
    rules: { "no-restricted-imports": ["error", { patterns: ["@/app/*", "@/components/*"] }] },
  },
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
          selector: "TaggedTemplateExpression[tag.name='sql'] > TemplateLiteral > TemplateElement[value.raw=/\\(\\s*select\\b/i]",
          message: "Write a subquery with subquery`…` or countWhere() from @/db/subquery: drizzle strips table names from columns in a plain sql`(select …)` (drizzle-orm#5734).",
        },
      ],
    },
  },
];

export default config;
