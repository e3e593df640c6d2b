import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderCertificatePdf, type CertificateData } from "./certificate-pdf";

// PDF.js expects Promise.withResolvers, which Node has from 22; the project also runs on Node 20.
if (!("withResolvers" in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");

/** The PDF's text as a reader (PDF.js) extracts it, one string per drawn line. */
async function textOf(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false });
  const page = await (await task.promise).getPage(1);
  const content = await page.getTextContent();
  await task.destroy();
  return content.items.flatMap((item) => ("str" in item && item.str.trim() ? [item.str] : []));
}

const certificate = (name: string): CertificateData => ({
  name,
  programmeTitle: "Cultural Partnership Initiative",
  cohortTitle: "CPI 2027",
  date: "16 September 2027",
  code: "ABCDE-FGHJK-MNPQRSTU",
  verifyUrl: "http://localhost:3000/verify/ABCDE-FGHJK-MNPQRSTU",
});

describe("certificate PDFs", () => {
  it("render a one-page PDF with the holder's details", async () => {
    const bytes = await renderCertificatePdf(certificate("Tomás Herrera"));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe("Certificate of completion — Tomás Herrera");
  });

  it("print a Hangul name that extracts back as written, in a Korean certificate", async () => {
    const bytes = await renderCertificatePdf(certificate("김민지 (Kim Minji)"), "ko");
    const lines = await textOf(bytes);
    expect(lines).toContain("김민지 (Kim Minji)");
    expect(lines).toContain("수료증");
    expect(lines).toContain("진위 확인 코드: ABCDE-FGHJK-MNPQRSTU");
    // Only the glyphs used are embedded: the full font is megabytes, the certificate a few dozen kilobytes.
    expect(bytes.length).toBeLessThan(150_000);
  });

  it("keep Latin letters with their accents, in French", async () => {
    const lines = await textOf(await renderCertificatePdf(certificate("Nguyễn Thị Ñúñez-Dubœuf"), "fr"));
    expect(lines).toContain("Nguyễn Thị Ñúñez-Dubœuf");
    expect(lines).toContain("Certificat de réussite");
  });
});
