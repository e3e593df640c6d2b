import { getDb } from "@/db/client";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute, readBody } from "@/lib/http";
import { resetPassword } from "@/lib/users/commands";
import { resetPasswordSchema } from "@/lib/users/schemas";

/**
 * Sets a new password from a reset link; every session of the account ends. It signs nobody in: the
 * person signs in with the new password (and their second factor, if they have one).
 */
export async function POST(request: Request) {
  return handleRoute("reset-password", async () => {
    const parsed = resetPasswordSchema.safeParse(await readBody(request));
    if (!parsed.success) throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    await resetPassword(getDb(), parsed.data);
    return Response.json({ ok: true, redirectTo: "/sign-in?reset=1" });
  });
}
