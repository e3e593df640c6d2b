import type { NextAuthConfig } from "next-auth";
import type { JWT } from "next-auth/jwt";
import type { ScopedRole } from "./roles";
import { decodeSessionToken, encodeSessionToken } from "./session-token";
import { accountSettings } from "./settings";

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      email: string;
      name: string;
      isAdmin: boolean;
      roles: { programmeId: string; role: ScopedRole }[];
    };
    /** The user_sessions row this cookie stands for (not a secret: the signed cookie is). */
    sessionId?: string;
  }
  interface User {
    sid?: string;
    isAdmin?: boolean;
    roles?: { programmeId: string; role: ScopedRole }[];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    /** The user_sessions row; checked on every request by the full configuration in lib/auth/index.ts. */
    sid?: string;
    isAdmin?: boolean;
    roles?: { programmeId: string; role: ScopedRole }[];
  }
}

/** Paths a signed-out visitor is sent to sign in for; pages and actions check again for themselves. */
// The directory, profiles and experts under /alumni are public (each field by its owner's choice);
// posts and messages are for signed-in alumni and staff.
const PROTECTED_PREFIXES = ["/admin", "/me", "/review", "/alumni/posts", "/alumni/messages", "/partner"];

/** Whether a signed-out visitor to this path is sent to sign in (proxy.ts; the page checks again). */
export function isProtectedPath(path: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** Keep only a local path: the proxy writes absolute URLs (with localhost), and anything else is an open redirect. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value) return "/";
  try {
    const url = new URL(value, "http://madang.local");
    if (url.origin !== "http://madang.local" && !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(url.origin))
      return "/";
    const path = `${url.pathname}${url.search}`;
    return path.startsWith("/") && !path.startsWith("//") ? path : "/";
  } catch {
    return "/";
  }
}

/** The edge-safe half of the Auth.js configuration: no database, no providers with secrets. */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  // The cookie lives as long as its session may (SESSION_MAX_DAYS from sign-in), so nothing renews it on each
  // request (proxy.ts reads it without rewriting it); what ends a session sooner is its user_sessions row
  // (idle time, sign-out, lib/auth/sessions.ts).
  session: { strategy: "jwt", maxAge: Math.ceil(accountSettings().sessionMaxMs / 1000) },
  // Auth.js's own cookie format, with the derived keys kept rather than derived again per cookie.
  jwt: { encode: encodeSessionToken, decode: (params) => decodeSessionToken(params) as Promise<JWT | null> },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      return isProtectedPath(request.nextUrl.pathname) ? Boolean(auth?.user) : true;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = user.sid;
        token.isAdmin = user.isAdmin ?? false;
        token.roles = user.roles ?? [];
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid) {
        session.user.id = token.uid;
        session.user.isAdmin = token.isAdmin ?? false;
        session.user.roles = token.roles ?? [];
        session.sessionId = token.sid;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
