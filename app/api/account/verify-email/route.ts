import { getDb } from "@/db/client";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute, readAccountBody } from "@/lib/http";
import { verifyEmail } from "@/lib/users/commands";
import { verifyEmailSchema } from "@/lib/users/schemas";

/** Confirms an address with the token from its link (a POST, so a mail scanner opening the link confirms nothing). */
export async function POST(request: Request) {
  return handleRoute("verify-email", async () => {
    const parsed = verifyEmailSchema.safeParse(await readAccountBody(request));
    if (!parsed.success)
      throw new DomainError("validation", "This link is not complete.", zodFieldErrors(parsed.error));
    await verifyEmail(getDb(), parsed.data.token);
    return Response.json({ ok: true });
  });
}
