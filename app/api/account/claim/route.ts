import { getDb } from "@/db/client";
import { claimAccount } from "@/lib/alumni/import-commands";
import { claimSchema } from "@/lib/alumni/schemas";
import { clientIp, signIn } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { zodFieldErrors } from "@/lib/auth/action";
import { hashPassword } from "@/lib/auth/password";
import { DomainError } from "@/lib/errors";
import { handleRoute, readAccountBody } from "@/lib/http";

/** Claims an imported alumnus's account with the token from the invitation, then signs them in. */
export async function POST(request: Request) {
  return handleRoute("claim", async () => {
    await enforceRateLimit(getDb(), { action: "claim", address: clientIp(request.headers) });
    const parsed = claimSchema.safeParse(await readAccountBody(request));
    if (!parsed.success) throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    const { email } = await claimAccount(getDb(), parsed.data, hashPassword);
    await signIn("credentials", { email, password: parsed.data.password, redirect: false });
    return Response.json({ ok: true, redirectTo: "/me/alumni-profile" });
  });
}
