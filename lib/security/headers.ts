/**
 * The security headers of every response (proxy.ts for pages and body-less API calls; next.config.js for
 * the rest). No imports: proxy.ts and next.config.js both use it.
 */

/** Headers that are the same on every response. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  // Links carry tokens (/claim?token=…): no address leaves the site in a Referer.
  "Referrer-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  // For browsers that predate frame-ancestors.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * What applies to scripts and stylesheets (no sniffing, the referrer of what a stylesheet loads); framing,
 * permissions and opener isolation act on documents only, and each header costs ≈ 40 bytes on every one of a
 * page's ≈ 10 chunks over HTTP/1.1 (e2e/bench/RESULTS.md bench:reach). next.config.ts and the edge's brotli
 * copies (static-brotli.ts) both send these.
 */
export const SCRIPT_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": STATIC_SECURITY_HEADERS["X-Content-Type-Options"]!,
  "Referrer-Policy": STATIC_SECURITY_HEADERS["Referrer-Policy"]!,
};

export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * The page policy: scripts only with this response's nonce ('strict-dynamic' lets those load Next's
 * chunks), no inline script otherwise, no framing by anyone. Styles may be inline (React sets style
 * attributes; a style cannot run code). Development adds what React's dev build needs (eval, HMR socket).
 */
export function contentSecurityPolicy(nonce: string, options: { development?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${options.development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** For responses the proxy does not see (requests with a body): no script may run inline, no framing. */
export const FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** 128 random bits, base64: unguessable and new for every request. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** True when the path holds a broken %-escape ("%", "%ZZ", a cut UTF-8 sequence) that decodeURIComponent refuses. */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
