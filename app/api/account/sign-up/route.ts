import { cookies } from "next/headers";
import { clientIp } from "@/lib/auth";
import { getDb } from "@/db/client";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute, readAccountBody } from "@/lib/http";
import { signUp } from "@/lib/users/commands";
import { signUpSchema } from "@/lib/users/schemas";
import { isAppLocale, LOCALE_COOKIE } from "@/lib/i18n/request";

/**
 * Starts an account. The answer is the same whether the address is new or already has an account
 * (the owner is emailed instead), so it tells nobody which addresses are registered; nobody is
 * signed in by it either, for the same reason.
 */
export async function POST(request: Request) {
  return handleRoute("sign-up", async () => {
    await enforceRateLimit(getDb(), { action: "sign-up", address: clientIp(request.headers) });
    const body = await readAccountBody(request);
    const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
    const parsed = signUpSchema.safeParse(
      typeof body === "object" && body !== null ? { ...body, locale: isAppLocale(chosen) ? chosen : undefined } : body,
    );
    if (!parsed.success)
      throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    await signUp(getDb(), parsed.data);
    return Response.json({ ok: true, redirectTo: "/sign-up/check-email" }, { status: 202 });
  });
}
