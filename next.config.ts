import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { FALLBACK_CSP, SCRIPT_HEADERS, STATIC_SECURITY_HEADERS } from "./lib/security/headers";

// Messages are compiled when the build imports messages/*.json (lib/i18n/messages.ts): the browser then formats
// them with next-intl's small runtime instead of shipping an ICU parser (≈ 10 kB gzipped on every page with a
// client provider, components/i18n/client-messages.tsx). Tests and scripts outside Next read the plain JSON.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const staticHeaders = Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // Bundled, PGlite fails under Turbopack and highs under webpack; argon2 is native.
  serverExternalPackages: ["@electric-sql/pglite", "highs", "@node-rs/argon2"],
  poweredByHeader: false,
  // npm test typechecks first (npm run typecheck); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // forbidden() and unauthorized() answer 403 and 401 instead of a 200 page that says no.
  experimental: { authInterrupts: true },
  async headers() {
    // proxy.ts sets these (and the nonce policy) on what it sees; it does not see requests with a body
    // (see its matcher), so those, and static files, get them here. API answers are never cached.
    const withBody = (key: string) => ({
      source: "/:path*",
      has: [{ type: "header" as const, key }],
      headers: [...staticHeaders, { key: "Content-Security-Policy", value: FALLBACK_CSP }],
    });
    return [
      // Scripts and stylesheets get what applies to them (lib/security/headers.ts SCRIPT_HEADERS).
      {
        source: "/_next/static/chunks/:path*",
        headers: Object.entries(SCRIPT_HEADERS).map(([key, value]) => ({ key, value })),
      },
      { source: "/_next/:path((?!static/chunks/).*)", headers: staticHeaders },
      withBody("content-length"),
      withBody("transfer-encoding"),
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      // An application's JSON answers are some hundred bytes, which `next start` would gzip through a new stream
      // each (its compression skips only a body of known length, and a route handler's never is): about a
      // millisecond of server time per submission in a rush (e2e/bench/RESULTS.md, Session 10). no-transform
      // turns it off; the later rule wins.
      { source: "/api/applications/:path*", headers: [{ key: "Cache-Control", value: "no-store, no-transform" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
