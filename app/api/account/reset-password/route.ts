import { clientIp } from "@/lib/auth";
import { getDb } from "@/db/client";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute, readAccountBody } from "@/lib/http";
import { resetPassword } from "@/lib/users/commands";
import { resetPasswordSchema } from "@/lib/users/schemas";

/**
 * Sets a new password from a reset link; every session of the account ends. It signs nobody in: the
 * person signs in with the new password (and their second factor, if they have one).
 */
export async function POST(request: Request) {
  return handleRoute("reset-password", async () => {
    await enforceRateLimit(getDb(), { action: "password-reset", address: clientIp(request.headers) });
    const parsed = resetPasswordSchema.safeParse(await readAccountBody(request));
    if (!parsed.success)
      throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    await resetPassword(getDb(), parsed.data);
    return Response.json({ ok: true, redirectTo: "/sign-in?reset=1" });
  });
}
