import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { FALLBACK_CSP, STATIC_SECURITY_HEADERS } from "./lib/security/headers";

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
      // Scripts and stylesheets get what applies to them (no sniffing, the referrer of what a stylesheet loads);
      // framing, permissions and opener isolation act on documents only, and each header costs ≈ 40 bytes on
      // every one of a page's ≈ 10 chunks over HTTP/1.1 (e2e/bench/RESULTS.md bench:reach).
      {
        source: "/_next/static/chunks/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: STATIC_SECURITY_HEADERS["X-Content-Type-Options"]! },
          { key: "Referrer-Policy", value: STATIC_SECURITY_HEADERS["Referrer-Policy"]! },
        ],
      },
      { source: "/_next/:path((?!static/chunks/).*)", headers: staticHeaders },
      withBody("content-length"),
      withBody("transfer-encoding"),
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
