import { AuthError } from "next-auth";
import { getDb } from "@/db/client";
import { clientIp, signIn } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { zodFieldErrors } from "@/lib/auth/action";
import { mustEnrolTwoFactor } from "@/lib/auth/actor";
import { safeCallbackPath } from "@/lib/auth/config";
import { DomainError } from "@/lib/errors";
import { handleRoute, readAccountBody } from "@/lib/http";
import { verifyCredentials } from "@/lib/users/commands";
import { signInWithCodeSchema } from "@/lib/users/schemas";
import { startSession } from "@/lib/auth/sessions";
import { adoptAccountLocale } from "@/lib/users/locale";

/**
 * Signs in with a clear status: 400 for bad input, 401 for wrong credentials or a missing or wrong
 * two-factor code (fieldErrors.code says which), 429 when throttled. Every check happens here; the
 * session row it starts is handed to Auth.js as a one-time grant, which sets the cookie.
 */
export async function POST(request: Request) {
  return handleRoute("sign-in", async () => {
    const parsed = signInWithCodeSchema.safeParse(await readAccountBody(request));
    if (!parsed.success)
      throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    const { email, password, code, callbackUrl } = parsed.data;
    const db = getDb();
    const ip = clientIp(request.headers);
    await enforceRateLimit(db, { action: "sign-in", address: ip, account: email });
    const user = await verifyCredentials(db, email, password, ip, code);
    const { grant } = await startSession(db, user.id, { ip, userAgent: request.headers.get("user-agent") });
    try {
      await signIn("credentials", { grant, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) throw new DomainError("unauthenticated", "The email or password is not right.");
      throw error;
    }
    await adoptAccountLocale(db, user.id);
    const redirectTo = (await mustEnrolTwoFactor(db, user.id))
      ? "/me/security/two-factor"
      : safeCallbackPath(callbackUrl);
    return Response.json({ ok: true, redirectTo });
  });
}
