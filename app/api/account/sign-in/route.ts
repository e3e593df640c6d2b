import { AuthError } from "next-auth";
import { getDb } from "@/db/client";
import { clientIp, signIn } from "@/lib/auth";
import { zodFieldErrors } from "@/lib/auth/action";
import { safeCallbackPath } from "@/lib/auth/config";
import { DomainError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { handleRoute, readAccountBody } from "@/lib/http";
import { verifyCredentials } from "@/lib/users/commands";
import { signInSchema } from "@/lib/users/schemas";

/**
 * Signs in with a clear status: 400 for bad input, 401 for wrong credentials, 429 when throttled.
 * The credentials are checked here (with the throttle) before Auth.js sets the session cookie.
 */
export async function POST(request: Request) {
  return handleRoute("sign-in", async () => {
    const parsed = signInSchema.safeParse(await readAccountBody(request));
    if (!parsed.success) throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    const { email, password, callbackUrl } = parsed.data;
    await enforceRateLimit(getDb(), { action: "sign-in", address: clientIp(request.headers), account: email });
    await verifyCredentials(getDb(), email, password, clientIp(request.headers));
    try {
      await signIn("credentials", { email, password, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) throw new DomainError("unauthenticated", "The email or password is not right.");
      throw error;
    }
    return Response.json({ ok: true, redirectTo: safeCallbackPath(callbackUrl) });
  });
}
