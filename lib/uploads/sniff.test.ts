import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkUpload, safeFileName, sniffContent } from "./sniff";
import { UPLOAD_KINDS } from "./types";

const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(64).fill(0)]);
const PDF = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n");
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20]);

async function docx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file("word/document.xml", "<w:document/>");
  return zip.generateAsync({ type: "uint8array" });
}
async function xlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").addRow(["a"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("uploads judged by content, one table of limits @truth", () => {
  it("recognises each kind by its bytes, whatever the name", async () => {
    expect(await sniffContent(PDF)).toBe("application/pdf");
    expect(await sniffContent(PNG)).toBe("image/png");
    expect(await sniffContent(JPEG)).toBe("image/jpeg");
    expect(await sniffContent(WEBP)).toBe("image/webp");
    expect(await sniffContent(await docx())).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    // Today's application check took any OOXML zip for a Word file; a workbook is a workbook.
    expect(await sniffContent(await xlsx())).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(await sniffContent(bytes(0x4d, 0x5a, 0x90, 0x00, 0x03))).toBe("executable");
    expect(await sniffContent(new TextEncoder().encode("email,minutes\nana@example.org,40"))).toBe("text/csv");
    expect(await sniffContent(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toBe("text/csv");
    expect(await sniffContent(new Uint8Array([0x00, 0x01, 0x02]))).toBeNull();
  });

  it("refuses a renamed program and anything the kind does not accept", async () => {
    await expect(
      checkUpload("applicationFile", bytes(0x4d, 0x5a, 0x90, 0x00, 0x03), { accept: ["application/pdf"] }),
    ).rejects.toThrow("This file is a program, not a PDF");
    await expect(checkUpload("applicationFile", JPEG, { accept: ["application/pdf"] })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { file: [expect.stringContaining("not a PDF")] },
    });
    expect(await checkUpload("applicationFile", PDF, { accept: ["application/pdf"] })).toEqual({
      mimeType: "application/pdf",
    });
    await expect(checkUpload("applicationFile", await xlsx())).rejects.toThrow("whatever its name says");
    expect(await checkUpload("material", await xlsx())).toEqual({
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    expect(await checkUpload("alumniPhoto", WEBP)).toEqual({ mimeType: "image/webp" });
    await expect(checkUpload("alumniPhoto", PDF, { field: "photo" })).rejects.toMatchObject({
      fieldErrors: { photo: [expect.any(String)] },
    });
  });

  it("refuses an empty file and one over the limit, and a question cannot raise the kind's limit", async () => {
    await expect(checkUpload("material", new Uint8Array())).rejects.toThrow("The file is empty.");
    const big = new Uint8Array(2048);
    big.set(PDF);
    await expect(checkUpload("applicationFile", big, { maxBytes: 1024 })).rejects.toMatchObject({
      code: "too_large",
      message: "The file is larger than 1 kB.",
    });
    const overPhoto = new Uint8Array(UPLOAD_KINDS.alumniPhoto.maxBytes + 1);
    overPhoto.set(PNG);
    await expect(checkUpload("alumniPhoto", overPhoto, { maxBytes: 100 * 1024 * 1024 })).rejects.toThrow(
      "The file is larger than 2 MB.",
    );
  });

  it("keeps a safe name, with the right extension when the type is known", () => {
    expect(safeFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeFileName("My CV (2027).PDF", "application/pdf")).toBe("My CV 2027.PDF");
    expect(safeFileName("photo.exe", "image/png")).toBe("photo.png");
    expect(safeFileName("notes.txt")).toBe("notes.txt");
    expect(safeFileName("...")).toBe("file");
  });
});
