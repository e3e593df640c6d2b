import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { attachmentForDownload } from "@/lib/proposals/queries";
import { downloadHeaders } from "@/lib/uploads/sniff";
import { readStoredFile } from "@/lib/uploads/storage";

type Params = { params: Promise<{ attachmentId: string }> };

/** A proposal's attachment, for its author, its assigned mentors and the programme's staff only. */
export async function GET(_request: Request, { params }: Params) {
  return handleRoute("proposal-attachment-download", async () => {
    const { attachmentId } = await params;
    if (!/^[0-9a-f-]{36}$/.test(attachmentId)) throw notFound("That file does not exist.");
    const attachment = await attachmentForDownload(getDb(), await getActor(), attachmentId);
    const bytes = await readStoredFile(attachment.storageKey);
    return new Response(new Uint8Array(bytes), {
      headers: downloadHeaders(attachment.fileName, attachment.mimeType, bytes.byteLength),
    });
  });
}
