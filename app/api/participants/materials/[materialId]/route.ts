import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { materialForDownload } from "@/lib/participants/space-commands";
import { downloadHeaders } from "@/lib/uploads/sniff";
import { readStoredFile } from "@/lib/uploads/storage";

type Params = { params: Promise<{ materialId: string }> };

/** A session's file, for the cohort's participants and staff. */
export async function GET(_request: Request, { params }: Params) {
  return handleRoute("material-download", async () => {
    const { materialId } = await params;
    if (!/^[0-9a-f-]{36}$/.test(materialId)) throw notFound("That file does not exist.");
    const material = await materialForDownload(getDb(), await getActor(), materialId);
    const bytes = await readStoredFile(material.storageKey);
    return new Response(new Uint8Array(bytes), {
      headers: downloadHeaders(material.fileName, material.mimeType, bytes.byteLength),
    });
  });
}
