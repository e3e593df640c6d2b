import { getDb } from "@/db/client";
import { clientIp, signIn } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute, readAccountBody } from "@/lib/http";
import { signUp } from "@/lib/users/commands";
import { signUpSchema } from "@/lib/users/schemas";

/** Creates an applicant account and signs it in. Anyone may call it: it is how an account begins. */
export async function POST(request: Request) {
  return handleRoute("sign-up", async () => {
    await enforceRateLimit(getDb(), { action: "sign-up", address: clientIp(request.headers) });
    const parsed = signUpSchema.safeParse(await readAccountBody(request));
    if (!parsed.success) throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    const { userId } = await signUp(getDb(), parsed.data);
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
    return Response.json({ ok: true, userId, redirectTo: "/me" }, { status: 201 });
  });
}
