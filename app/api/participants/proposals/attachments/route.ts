import { z } from "zod";
import { getDb } from "@/db/client";
import { clientIp, getActor } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { addProposalAttachment } from "@/lib/proposals/commands";
import { readUploadForm } from "@/lib/uploads/sniff";

/** A participant attaches a file to their own draft proposal in a cohort. */
export async function POST(request: Request) {
  return handleRoute("proposal-attachment", async () => {
    // Who is asking is known before the upload is parsed; the command checks what they may do.
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    await enforceRateLimit(getDb(), { action: "upload", address: clientIp(request.headers) });
    const { fields, file } = await readUploadForm(request, "proposalAttachment");
    const cohortId = z.uuid().safeParse(fields.cohortId);
    if (!cohortId.success) throw new DomainError("validation", "Unknown cohort.");
    if (!file) throw new DomainError("validation", "Choose a file to attach.", { file: ["Choose a file."] });
    const result = await addProposalAttachment(getDb(), actor, {
      cohortId: cohortId.data,
      fileName: file.name,
      bytes: file.bytes,
    });
    return Response.json({ ok: true, ...result }, { status: 201 });
  });
}
