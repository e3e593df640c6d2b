import { clientIp } from "@/lib/auth";
import { getDb } from "@/db/client";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute, readAccountBody } from "@/lib/http";
import { requestPasswordReset } from "@/lib/users/commands";
import { forgotPasswordSchema } from "@/lib/users/schemas";

/** Emails a reset link; answers the same for an address with no account. */
export async function POST(request: Request) {
  return handleRoute("forgot-password", async () => {
    await enforceRateLimit(getDb(), { action: "password-reset", address: clientIp(request.headers) });
    const parsed = forgotPasswordSchema.safeParse(await readAccountBody(request));
    if (!parsed.success)
      throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    await requestPasswordReset(getDb(), parsed.data.email);
    return Response.json({ ok: true }, { status: 202 });
  });
}
