import { NextResponse, type NextRequest } from "next/server";
import { authConfig, isProtectedPath } from "@/lib/auth/config";
import { overHttps, readSessionCookie } from "@/lib/auth/session-token";
import {
  contentSecurityPolicy,
  HSTS,
  isMalformedPath,
  newNonce,
  STATIC_SECURITY_HEADERS,
} from "@/lib/security/headers";

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || overHttps(request.headers.get("x-forwarded-proto"));
}

function secure(response: Response, request: NextRequest, csp: string | null): Response {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  if (isHttps(request)) response.headers.set("Strict-Transport-Security", HSTS);
  // Pages show personal data (the header names who is signed in): no cache may keep them.
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/**
 * Signed-out visitors to a protected path go to sign in (pages, actions and route handlers check again, the
 * session's row included); everyone else goes on with a fresh nonce, which Next reads from the request's
 * Content-Security-Policy header and puts on every script it writes. The session cookie is only read, with its
 * keys kept (lib/auth/session-token.ts), and only on a protected path: it lives as long as its session may
 * (lib/auth/config.ts), so no request rewrites it. Auth.js's own round here decrypted, re-encrypted and
 * re-set it, with a CSRF cookie, on every page.
 */
async function withSession(request: NextRequest, csp: string): Promise<Response> {
  if (isProtectedPath(request.nextUrl.pathname)) {
    const claims = await readSessionCookie(request.cookies, undefined, { plain: !isHttps(request) });
    if (!claims) {
      const signIn = request.nextUrl.clone();
      signIn.pathname = authConfig.pages.signIn;
      signIn.search = "";
      signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
      return NextResponse.redirect(signIn);
    }
  }
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers } });
}

export default async function proxy(request: NextRequest): Promise<Response> {
  // A broken %-escape would make a page's params throw (a 500); it is the client's mistake.
  if (isMalformedPath(request.nextUrl.pathname)) {
    const refusal = new Response("Bad request: the address has a broken %-escape.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
    return secure(refusal, request, "default-src 'none'; frame-ancestors 'none'");
  }
  const csp = contentSecurityPolicy(newNonce(), {
    development: process.env.NODE_ENV === "development",
    https: isHttps(request),
  });
  const response = await withSession(request, csp);
  return secure(response, request, csp);
}

export const config = {
  // Every path but static files, and only requests without a body: when the proxy matches a request with a
  // body, Next reads that whole body before anything else runs (next/dist/server/body-streams.js), which
  // would undo the early 413 of lib/http.ts. Requests with a body get their headers from next.config.ts.
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
