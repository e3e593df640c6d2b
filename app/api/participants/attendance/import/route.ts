import { getDb } from "@/db/client";
import { importAttendance } from "@/lib/attendance/commands";
import { importAttendanceSchema } from "@/lib/attendance/schemas";
import { clientIp, getActor } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { readSpreadsheet } from "@/lib/spreadsheet/read";
import { readUploadForm } from "@/lib/uploads/sniff";

/** Staff import an online class's attendance report (CSV or XLSX) for one session. */
export async function POST(request: Request) {
  return handleRoute("attendance-import", async () => {
    // Who is asking is known before the upload is parsed; the command checks what they may do.
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    await enforceRateLimit(getDb(), { action: "upload", address: clientIp(request.headers) });
    const { fields, file } = await readUploadForm(request, "spreadsheet");
    const parsed = importAttendanceSchema.safeParse(fields);
    if (!parsed.success)
      throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    if (!file) throw new DomainError("validation", "Choose the CSV report to import.", { file: ["Choose a file."] });
    const sheet = await readSpreadsheet(file.bytes);
    const result = await importAttendance(getDb(), await getActor(), { ...parsed.data, sheet });
    return Response.json({ ok: true, ...result });
  });
}
