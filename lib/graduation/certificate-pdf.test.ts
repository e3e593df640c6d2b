import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderCertificatePdf, winAnsi } from "./certificate-pdf";

describe("certificate PDFs", () => {
  it("render a one-page PDF with the holder's details", async () => {
    const bytes = await renderCertificatePdf({
      name: "Tomás Herrera",
      programmeTitle: "Cultural Partnership Initiative",
      cohortTitle: "CPI 2027",
      date: "16 September 2027",
      code: "ABCDE-FGHJK-MNPQRSTU",
      verifyUrl: "http://localhost:3000/verify/ABCDE-FGHJK-MNPQRSTU",
    });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe("Certificate of completion — Tomás Herrera");
  });

  it("keep Latin letters and replace what the standard fonts cannot print", () => {
    expect(winAnsi("Tomás Ñúñez")).toBe("Tomás Ñúñez");
    expect(winAnsi("Nguyễn Thị")).toBe("Nguyen Thi");
    expect(winAnsi("한지우")).toBe("???");
  });
});
