import { getDb } from "@/db/client";
import { commitImport, planImport } from "@/lib/alumni/import-commands";
import { IMPORT_MAX_BYTES, readSpreadsheet } from "@/lib/alumni/import-file";
import { clientIp, getActor } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { handleRoute, readMultipart } from "@/lib/http";

/**
 * Upload of past alumni. mode=dry-run answers what would happen and every bad row; mode=commit imports,
 * refusing while any row is bad unless excludeInvalid=true. The file is read again on commit: the
 * server never trusts a plan the browser sends back.
 */
export async function POST(request: Request) {
  return handleRoute("alumni-import", async () => {
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    if (!can(actor, "alumni.import")) throw new DomainError("forbidden", "Only staff import alumni.");
    await enforceRateLimit(getDb(), { action: "upload", address: clientIp(request.headers) });
    const form = await readMultipart(request, IMPORT_MAX_BYTES + 64 * 1024);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new DomainError("validation", "Choose a CSV or Excel file.", { file: ["Choose a CSV or Excel file."] });
    const sheet = await readSpreadsheet(new Uint8Array(await file.arrayBuffer()));
    if (form.get("mode") === "commit") {
      const result = await commitImport(getDb(), actor, sheet, { excludeInvalid: form.get("excludeInvalid") === "true" });
      return Response.json({ ok: true, mode: "commit", ...result });
    }
    const plan = await planImport(getDb(), actor, sheet);
    return Response.json({ ok: true, mode: "dry-run", ...plan });
  });
}
