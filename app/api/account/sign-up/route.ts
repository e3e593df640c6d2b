import { clientIp } from "@/lib/auth";
import { getDb } from "@/db/client";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute, readAccountBody } from "@/lib/http";
import { signUp } from "@/lib/users/commands";
import { signUpSchema } from "@/lib/users/schemas";

/**
 * Starts an account. The answer is the same whether the address is new or already has an account
 * (the owner is emailed instead), so it tells nobody which addresses are registered; nobody is
 * signed in by it either, for the same reason.
 */
export async function POST(request: Request) {
  return handleRoute("sign-up", async () => {
    await enforceRateLimit(getDb(), { action: "sign-up", address: clientIp(request.headers) });
    const parsed = signUpSchema.safeParse(await readAccountBody(request));
    if (!parsed.success)
      throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    await signUp(getDb(), parsed.data);
    return Response.json({ ok: true, redirectTo: "/sign-up/check-email" }, { status: 202 });
  });
}
