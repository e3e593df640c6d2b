import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Bundled, PGlite fails under Turbopack and highs under webpack (STACK.md); argon2 is native.
  serverExternalPackages: ["@electric-sql/pglite", "highs", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
