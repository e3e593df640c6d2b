import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attendance } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { LOCALES } from "@/lib/i18n/request";
import { NOW, participantFixture, type ParticipantFixture } from "@/lib/participants/testing";
import { readSpreadsheet } from "@/lib/spreadsheet/read";
import { toCsv, toXlsx } from "@/lib/spreadsheet/write";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ko from "@/messages/ko.json";
import { importAttendance } from "./commands";
import { attendanceTemplate } from "./csv";

const MESSAGES = { en, ko, fr } as const;

// An attendance template downloaded in any language, filled in a spreadsheet and sent back, lands as the English one does.
describe.each(testDrivers())("an attendance template in the reader's language, on %s", (driver) => {
  let t: TestDatabase;
  let f: ParticipantFixture;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    f = await participantFixture(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });
  const statusOf = async (enrolmentId: string) =>
    (
      await t.db
        .select({ status: attendance.status, method: attendance.method })
        .from(attendance)
        .where(and(eq(attendance.sessionId, f.sessions.forum), eq(attendance.enrolmentId, enrolmentId)))
    )[0];

  for (const locale of LOCALES)
    for (const format of ["csv", "xlsx"] as const)
      it(`is written in ${locale} and read back (${format}) @truth`, async () => {
        const { header, notes } = attendanceTemplate(locale);
        const columns = MESSAGES[locale].spreadsheet.columns;
        expect(header).toEqual([columns.name, columns.email, columns.duration]);
        expect(notes).toEqual([
          [columns.column, MESSAGES[locale].problems.common.whatItTakes],
          [columns.name, MESSAGES[locale].problems.routes.attendanceNameNote],
          [columns.email, MESSAGES[locale].problems.routes.attendanceEmailNote],
          [columns.duration, MESSAGES[locale].problems.routes.attendanceMinutesNote],
        ]);
        // p1 stays long enough in two visits; p2 leaves early: present and absent whatever the language.
        const rows = [
          header,
          ["P1", "p1@example.org", "20"],
          ["P1", "P1@example.org", "15"],
          ["P2", "p2@example.org", "10"],
        ];
        const bytes =
          format === "csv"
            ? new TextEncoder().encode(toCsv(rows))
            : new Uint8Array(await toXlsx([{ name: "x", rows }]));
        const sheet = await readSpreadsheet(bytes);
        const result = await importAttendance(
          t.db,
          await f.actor("manager"),
          { sessionId: f.sessions.forum, minMinutes: 30, dryRun: false, sheet },
          NOW,
        );
        expect(result).toEqual({ dryRun: false, present: 1, absent: 1, unknown: [], problems: [] });
        expect(await statusOf(f.enrolmentId("p1"))).toEqual({ status: "present", method: "import" });
        expect(await statusOf(f.enrolmentId("p2"))).toEqual({ status: "absent", method: "import" });
        await t.db.delete(attendance).where(eq(attendance.sessionId, f.sessions.forum));
      });
});
