import { describe, expect, it } from "vitest";
import { checkUpload, safeFileName, sniffFileType } from "./file-check";

const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(64).fill(0)]);
const PDF = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n");

describe("uploads judged by content", () => {
  it("recognises the kinds a call may ask for by their magic bytes", () => {
    expect(sniffFileType(PDF)).toBe("application/pdf");
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("image/png");
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode("....[Content_Types].xml....word/document.xml")]))).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(sniffFileType(bytes(0x4d, 0x5a, 0x90, 0x00))).toBe("executable");
    expect(sniffFileType(bytes(0x7f, 0x45, 0x4c, 0x46))).toBe("executable");
    expect(sniffFileType(new TextEncoder().encode("just text"))).toBeNull();
  });

  it("refuses a renamed program and anything that is not an allowed type", () => {
    const exe = checkUpload(bytes(0x4d, 0x5a), { accept: ["application/pdf"] });
    expect(exe).toEqual({ ok: false, code: "validation", message: expect.stringContaining("This file is a program, not a PDF") });
    expect(checkUpload(bytes(0xff, 0xd8, 0xff), { accept: ["application/pdf"] })).toMatchObject({ ok: false, code: "validation" });
    expect(checkUpload(PDF, { accept: ["application/pdf"] })).toEqual({ ok: true, mimeType: "application/pdf" });
  });

  it("refuses an empty file and one over the question's limit", () => {
    expect(checkUpload(new Uint8Array(), {})).toMatchObject({ ok: false, message: "The file is empty." });
    const big = new Uint8Array(2048);
    big.set(PDF);
    expect(checkUpload(big, { maxBytes: 1024 })).toEqual({ ok: false, code: "too_large", message: "The file is larger than 1 KB." });
  });

  it("keeps a safe name with the right extension", () => {
    expect(safeFileName("../../etc/passwd", "application/pdf")).toBe("_.._etc_passwd.pdf");
    expect(safeFileName("My CV (2027).PDF", "application/pdf")).toBe("My CV 2027.PDF");
    expect(safeFileName("photo.exe", "image/png")).toBe("photo.png");
  });
});
