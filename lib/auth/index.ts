import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "@/db/client";
import { readerLocale } from "@/lib/i18n/reader";
import { endSession, loadLiveSession, redeemSessionGrant } from "@/lib/auth/sessions";
import { loadActor } from "./actor";
import { createActionClient } from "./action";
import { HANDOFF_HEADER, takeHandedSession } from "./edge-session";
import { authConfig } from "./config";
import { overHttps, readSessionCookie } from "./session-token";
import type { Actor } from "./roles";

// The client address as the socket saw it (never a header the client chose): lib/auth/client-address.ts.
export { clientIp } from "./client-address";

const grantSchema = z.object({ grant: z.string().regex(/^[\w-]{20,200}$/) });

// A page reads the session several times (layout, page, guards, the language): one statement per request
// checks the session and loads the person, their roles and their language (lib/auth/sessions.ts).
const liveSession = cache((sessionId: string, userId: string) => loadLiveSession(getDb(), sessionId, userId));

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    // The only way to a cookie: a one-time grant from a sign-in that /api/account/* checked in full
    // (password, throttle, second factor) and recorded as a user_sessions row. An email and password
    // posted straight to Auth.js's own endpoint open nothing.
    Credentials({
      credentials: { grant: {} },
      async authorize(raw) {
        const parsed = grantSchema.safeParse(raw);
        if (!parsed.success) return null;
        const redeemed = await redeemSessionGrant(getDb(), parsed.data.grant);
        if (!redeemed) return null;
        const actor = await loadActor(getDb(), redeemed.userId);
        if (!actor) return null;
        return {
          id: actor.userId,
          email: actor.email,
          name: actor.name,
          isAdmin: actor.isAdmin,
          roles: actor.roles,
          sid: redeemed.sessionId,
        };
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      if (params.user) return token;
      // Every request: a cookie whose session was ended, or that is past its idle or absolute lifetime,
      // is no session at all (returning null also clears the cookie where a response can).
      if (!token.uid || !token.sid) return null;
      return (await liveSession(token.sid, token.uid)) ? token : null;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await endSession(getDb(), sid, "sign_out");
    },
  },
});

// The cookie is decrypted once per request, however many readers ask, and the session it names is checked by
// one statement. Reading it needs nothing else of Auth.js's round (a callback, a new cookie): the proxy
// renews the cookie on page requests.
// A page request's check was made by the edge, before Next (lib/auth/edge-session.ts): it is taken from there.
const currentSession = cache(async () => {
  const head = await headers();
  // Behind a TLS-terminating proxy (AUTH_TRUST_HOST), the forwarded protocol says whether this was HTTPS.
  const claims = await readSessionCookie(await cookies(), undefined, {
    plain: !overHttps(head.get("x-forwarded-proto")),
  });
  if (!claims) return null;
  const live = takeHandedSession(head.get(HANDOFF_HEADER), claims) ?? (await liveSession(claims.sid, claims.uid));
  return live ? { sessionId: claims.sid, live } : null;
});

/** The signed-in actor, loaded from the database once per request (with the session check, in one statement). */
export const getActor = cache(async (): Promise<Actor | null> => (await currentSession())?.live.actor ?? null);

/** The language saved on the signed-in person's account (null when signed out or never chosen), from the same statement. */
export const getAccountLocale = cache(
  async (): Promise<string | null> => (await currentSession())?.live.locale ?? null,
);

/** The current session's row id, for "this device" on the security page and to keep it when others end. */
export const getSessionId = cache(async (): Promise<string | null> => (await currentSession())?.sessionId ?? null);

/** The wrapper every server action goes through. */
export const defineAction = createActionClient({ getActor, getDb, getLocale: readerLocale });
