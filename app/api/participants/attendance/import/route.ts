import { getDb } from "@/db/client";
import { importAttendance } from "@/lib/attendance/commands";
import { importAttendanceSchema } from "@/lib/attendance/schemas";
import { getActor } from "@/lib/auth";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { readSpreadsheet } from "@/lib/spreadsheet/read";
import { readUploadForm } from "@/lib/uploads/sniff";

/** Staff import an online class's attendance report (CSV or XLSX) for one session. */
export async function POST(request: Request) {
  return handleRoute("attendance-import", async () => {
    const { fields, file } = await readUploadForm(request, "spreadsheet");
    const parsed = importAttendanceSchema.safeParse(fields);
    if (!parsed.success) throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    if (!file) throw new DomainError("validation", "Choose the CSV report to import.", { file: ["Choose a file."] });
    const sheet = await readSpreadsheet(file.bytes);
    const result = await importAttendance(getDb(), await getActor(), { ...parsed.data, sheet });
    return Response.json({ ok: true, ...result });
  });
}
