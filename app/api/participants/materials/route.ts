import { z } from "zod";
import { getDb } from "@/db/client";
import { clientIp, getActor } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { addMaterialFile } from "@/lib/participants/space-commands";
import { readUploadForm } from "@/lib/uploads/sniff";

const fieldsSchema = z.object({
  sessionId: z.uuid({ error: "Choose a session." }),
  title: z.string().max(200, "At most 200 characters.").default(""),
});

/** Staff upload a file for a session (the command checks the right and the file's content). */
export async function POST(request: Request) {
  return handleRoute("material-upload", async () => {
    // Who is asking is known before the upload is parsed; the command checks what they may do.
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    await enforceRateLimit(getDb(), { action: "upload", address: clientIp(request.headers) });
    const { fields, file } = await readUploadForm(request, "material");
    const parsed = fieldsSchema.safeParse(fields);
    if (!parsed.success)
      throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    if (!file) throw new DomainError("validation", "Choose a file to upload.", { file: ["Choose a file."] });
    const result = await addMaterialFile(getDb(), actor, { ...parsed.data, fileName: file.name, bytes: file.bytes });
    return Response.json({ ok: true, ...result }, { status: 201 });
  });
}
