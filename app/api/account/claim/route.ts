import { getDb } from "@/db/client";
import { claimSchema } from "@/lib/alumni/schemas";
import { clientIp, signIn } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { zodFieldErrors } from "@/lib/auth/action";
import { loadActor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { handleRoute, readAccountBody } from "@/lib/http";
import { claimAccount } from "@/lib/users/commands";
import { startSession } from "@/lib/auth/sessions";
import { adoptAccountLocale } from "@/lib/users/locale";

/**
 * Claims an invited or imported account with the single-use token from its invitation (which also
 * confirms the address and ends any earlier session), then signs the person in.
 */
export async function POST(request: Request) {
  return handleRoute("claim", async () => {
    await enforceRateLimit(getDb(), { action: "claim", address: clientIp(request.headers) });
    const parsed = claimSchema.safeParse(await readAccountBody(request));
    if (!parsed.success)
      throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    const db = getDb();
    const { userId, twoFactor } = await claimAccount(db, parsed.data);
    // An account with two-factor on signs in through the form, code and all.
    if (twoFactor) return Response.json({ ok: true, redirectTo: "/sign-in" });
    const { grant } = await startSession(db, userId, {
      ip: clientIp(request.headers),
      userAgent: request.headers.get("user-agent"),
    });
    await signIn("credentials", { grant, redirect: false });
    await adoptAccountLocale(db, userId);
    const actor = await loadActor(db, userId);
    const alumnus = actor?.roles.some((r) => r.role === "alumnus");
    return Response.json({ ok: true, redirectTo: alumnus ? "/me/alumni-profile" : "/me" });
  });
}
