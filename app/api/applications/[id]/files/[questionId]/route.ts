import { getDb } from "@/db/client";
import { readApplicationFile, removeApplicationFile, uploadApplicationFile } from "@/lib/applications/files";
import { applicationFileParamsSchema } from "@/lib/applications/schemas";
import { clientIp, getActor } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { DomainError } from "@/lib/errors";
import { handleRoute, readMultipart } from "@/lib/http";
import { downloadHeaders } from "@/lib/uploads/sniff";
import { getStorage } from "@/lib/uploads/storage";
import { UPLOAD_KINDS } from "@/lib/uploads/types";
import { parseOr400, requireActor } from "../../../guard";

type Params = { params: Promise<{ id: string; questionId: string }> };

// Larger than any question's limit, so the question's own limit gives the precise message.
const MAX_REQUEST_BYTES = 5 * UPLOAD_KINDS.applicationFile.maxBytes;

async function paramsOf(params: Params["params"]) {
  const { id, questionId } = await params;
  return parseOr400(applicationFileParamsSchema, { applicationId: id, questionId: decodeURIComponent(questionId) });
}

/** Upload (multipart, field "file"): checked by content and size, for the applicant's own draft. */
export async function POST(request: Request, { params }: Params) {
  return handleRoute("application.upload", async () => {
    const actor = await requireActor("application.apply");
    const target = await paramsOf(params);
    await enforceRateLimit(getDb(), { action: "upload", address: clientIp(request.headers) });
    const form = await readMultipart(request, MAX_REQUEST_BYTES);
    const file = form?.get("file");
    if (!file || typeof file === "string") throw new DomainError("validation", "Choose a file to upload.");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const stored = await uploadApplicationFile(getDb(), getStorage(), actor, { ...target, fileName: file.name, bytes });
    return Response.json({ ok: true, ...stored }, { status: 201 });
  });
}

export async function DELETE(_request: Request, { params }: Params) {
  return handleRoute("application.removeFile", async () => {
    const actor = await requireActor("application.apply");
    return Response.json({
      ok: true,
      ...(await removeApplicationFile(getDb(), getStorage(), actor, await paramsOf(params))),
    });
  });
}

/** Download for the applicant or programme staff; anyone else gets 404, as for an unknown id. */
export async function GET(_request: Request, { params }: Params) {
  return handleRoute("application.file", async () => {
    const target = await paramsOf(params);
    const file = await readApplicationFile(getDb(), getStorage(), await getActor(), target);
    return new Response(Buffer.from(file.bytes), {
      headers: downloadHeaders(file.fileName, file.mimeType, file.bytes.byteLength),
    });
  });
}
