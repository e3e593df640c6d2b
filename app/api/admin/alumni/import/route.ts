import { getDb } from "@/db/client";
import { commitImport, planImport } from "@/lib/alumni/import-commands";
import { clientIp, getActor } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { readSpreadsheet } from "@/lib/spreadsheet/read";
import { readUploadForm } from "@/lib/uploads/sniff";

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
    const { fields, file } = await readUploadForm(request, "spreadsheet");
    if (!file)
      throw new DomainError("validation", "Choose a CSV or Excel file.", { file: ["Choose a CSV or Excel file."] });
    const sheet = await readSpreadsheet(file.bytes);
    if (fields.mode === "commit") {
      const result = await commitImport(getDb(), actor, sheet, {
        excludeInvalid: fields.excludeInvalid === "true",
        gendersConfirmed: fields.gendersConfirmed === "true",
      });
      return Response.json({ ok: true, mode: "commit", ...result });
    }
    const plan = await planImport(getDb(), actor, sheet);
    return Response.json({ ok: true, mode: "dry-run", ...plan });
  });
}
