import { getDb } from "@/db/client";
import { clientIp, getActor, signIn } from "@/lib/auth";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute, readAccountBody } from "@/lib/http";
import { changePassword } from "@/lib/users/commands";
import { changePasswordSchema } from "@/lib/users/schemas";
import { startSession } from "@/lib/auth/sessions";

/**
 * Changes the signed-in person's password with their current one. Every session of the account ends,
 * this one included; this browser then gets a fresh session, so the person who changed it stays in.
 * (A route rather than a server action: the new cookie must be on the response before any page renders.)
 */
export async function POST(request: Request) {
  return handleRoute("password", async () => {
    const parsed = changePasswordSchema.safeParse(await readAccountBody(request));
    if (!parsed.success)
      throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    const db = getDb();
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    await changePassword(db, actor, parsed.data);
    const { grant } = await startSession(db, actor.userId, {
      ip: clientIp(request.headers),
      userAgent: request.headers.get("user-agent"),
    });
    await signIn("credentials", { grant, redirect: false });
    return Response.json({ ok: true });
  });
}
