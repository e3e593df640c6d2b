import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { getDb } from "@/db/client";
import { verifyCredentials } from "@/lib/users/commands";
import { signInSchema } from "@/lib/users/schemas";
import { DomainError } from "@/lib/errors";
import { loadActor } from "./actor";
import { createActionClient } from "./action";
import { authConfig } from "./config";
import { clientIp } from "./client-address";
import type { Actor } from "./roles";

class ThrottledSignIn extends CredentialsSignin {
  code = "rate_limited";
}

// The client address as the socket saw it (never a header the client chose): lib/auth/client-address.ts.
export { clientIp } from "./client-address";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          const user = await verifyCredentials(getDb(), parsed.data.email, parsed.data.password, clientIp(request.headers));
          const actor = await loadActor(getDb(), user.id);
          return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, roles: actor?.roles ?? [] };
        } catch (error) {
          if (error instanceof DomainError && error.code === "rate_limited") throw new ThrottledSignIn();
          if (error instanceof DomainError) return null;
          throw error;
        }
      },
    }),
  ],
});

/** The signed-in actor, loaded from the database once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? loadActor(getDb(), id) : null;
});

/** The wrapper every server action goes through. */
export const defineAction = createActionClient({ getActor, getDb });
