import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sniffPhoto } from "@/lib/alumni/photos";
import { sniffFileType } from "@/lib/applications/file-check";
import { ACCEPTED_UPLOADS, checkUpload as checkParticipantUpload, UPLOAD_MAX_BYTES } from "@/lib/participants/storage";
import { PHOTO_MAX_BYTES } from "@/lib/alumni/photos";
import { DEFAULT_MAX_UPLOAD_BYTES } from "@/lib/applications/file-check";

/** Today's three ways of judging an upload (characterisation, issue 11). */

const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20]);

describe("today's upload sniffing @truth", () => {
  it("an .xlsx workbook passes the application check as a Word document, while file-type says it is a workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").addRow(["a"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(sniffFileType(bytes)).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(await checkParticipantUpload(bytes)).toEqual({ mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  });
  it("a WebP photo is known to the photo sniffer only", () => {
    expect(sniffPhoto(webp)).toBe("webp");
    expect(sniffFileType(webp)).toBeNull();
  });
  it("three limits tables", () => {
    expect([DEFAULT_MAX_UPLOAD_BYTES, UPLOAD_MAX_BYTES, PHOTO_MAX_BYTES]).toEqual([10 * 1024 * 1024, 10 * 1024 * 1024, 2 * 1024 * 1024]);
    expect(Object.keys(ACCEPTED_UPLOADS)).toContain("application/vnd.openxmlformats-officedocument.presentationml.presentation");
  });
});
