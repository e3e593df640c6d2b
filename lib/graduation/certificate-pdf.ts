import { PDFDocument, rgb, StandardFonts } from "pdf-lib";

export type CertificateData = {
  name: string;
  programmeTitle: string;
  cohortTitle: string;
  date: string;
  code: string;
  verifyUrl: string;
};

/**
 * The standard PDF fonts only hold Windows-1252; letters outside it lose their accents or become "?".
 * (An embedded Unicode font would print Hangul names; the verify page always shows the full name.)
 */
export function winAnsi(text: string): string {
  return [...text.normalize("NFC")]
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || "–—‘’“”•…€".includes(ch)) return ch;
      const stripped = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      return /^[\x20-\x7e]+$/.test(stripped) ? stripped : "?";
    })
    .join("");
}

export async function renderCertificatePdf(data: CertificateData): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Certificate of completion — ${winAnsi(data.name)}`);
  pdf.setSubject(winAnsi(`${data.programmeTitle}, ${data.cohortTitle}`));
  pdf.setProducer("Madang");
  // Fixed dates so the same certificate renders to the same bytes.
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  const page = pdf.addPage([842, 595]); // A4 landscape
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.1, 0.12, 0.2);
  const centre = (text: string, y: number, size: number, font = regular, color = ink) => {
    const safe = winAnsi(text);
    let s = size;
    while (font.widthOfTextAtSize(safe, s) > 720 && s > 8) s -= 1;
    page.drawText(safe, { x: (842 - font.widthOfTextAtSize(safe, s)) / 2, y, size: s, font, color });
  };
  page.drawRectangle({ x: 24, y: 24, width: 794, height: 547, borderColor: rgb(0.2, 0.35, 0.6), borderWidth: 3 });
  centre("Certificate of completion", 470, 34, bold);
  centre("This certifies that", 410, 16);
  centre(data.name, 365, 30, bold);
  centre("has completed", 320, 16);
  centre(data.programmeTitle, 280, 20, bold);
  centre(data.cohortTitle, 250, 16);
  centre(data.date, 210, 14);
  centre(`Verification code: ${data.code}`, 110, 12, bold);
  centre(`Check it at ${data.verifyUrl}`, 90, 11, regular, rgb(0.3, 0.3, 0.35));
  return pdf.save();
}
