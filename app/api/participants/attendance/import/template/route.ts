import { getActor } from "@/lib/auth";
import { ATTENDANCE_TEMPLATE_HEADER } from "@/lib/attendance/csv";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { formatParam, spreadsheetResponse } from "@/lib/spreadsheet/write";

const NOTES = [
  ["Column", "What it takes"],
  ["Name", "Optional, for you: the import goes by email."],
  ["Email", "Required: the participant's account email."],
  ["Duration (minutes)", "Optional: minutes attended; a person on several rows has them summed. Empty: present."],
];

/** GET the attendance import's template (?format=csv|xlsx); an online-class report with these columns works as it is. */
export async function GET(request: Request) {
  return handleRoute("attendance-import-template", async () => {
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    if (!can(actor, "attendance.mark")) throw new DomainError("forbidden", "Only programme staff import attendance.");
    return spreadsheetResponse([ATTENDANCE_TEMPLATE_HEADER], { format: formatParam(request.url), fileName: "attendance-import-template", sheetName: "Attendance", notes: NOTES });
  });
}
