import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Bundled, PGlite fails under Turbopack and highs under webpack (STACK.md); argon2 is native.
  serverExternalPackages: ["@electric-sql/pglite", "highs", "@node-rs/argon2"],
  poweredByHeader: false,
  // npm test typechecks first (npm run typecheck); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // forbidden() and unauthorized() answer 403 and 401 instead of a 200 page that says no.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
