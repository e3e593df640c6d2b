import fontkit from "@pdf-lib/fontkit";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument, rgb, type PDFFont } from "pdf-lib";
import { renderMessage } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/request";

export type CertificateData = {
  name: string;
  programmeTitle: string;
  cohortTitle: string;
  date: string;
  code: string;
  verifyUrl: string;
};

// Noto Sans KR holds Hangul and Latin with its accents, so a name prints as written (김민지, Tomás, Nguyễn).
// Only the letters a certificate uses are embedded (subset), which keeps each PDF small. The files are read
// from node_modules at run time: a require.resolve would make the bundler try (and fail) to bundle a .ttf.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-kr");
const FONT_FILES = {
  regular: path.join(FONT_DIR, "400Regular", "NotoSansKR_400Regular.ttf"),
  bold: path.join(FONT_DIR, "700Bold", "NotoSansKR_700Bold.ttf"),
} as const;
let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;
function loadFonts() {
  fontBytes ??= Promise.all([readFile(FONT_FILES.regular), readFile(FONT_FILES.bold)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  return fontBytes;
}

/** A certificate in the holder's language (the fixed wording; names and titles print as entered). */
export async function renderCertificatePdf(data: CertificateData, locale: AppLocale = "en"): Promise<Uint8Array> {
  const t = (key: string, values?: Record<string, string>) => renderMessage(locale, `certificate.${key}`, values);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(t("documentTitle", { name: data.name }));
  pdf.setSubject(`${data.programmeTitle}, ${data.cohortTitle}`);
  pdf.setLanguage(locale);
  pdf.setProducer("Madang");
  // Fixed dates so the same certificate renders to the same bytes.
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  const page = pdf.addPage([842, 595]); // A4 landscape
  const fonts = await loadFonts();
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  const ink = rgb(0.1, 0.12, 0.2);
  const centre = (text: string, y: number, size: number, font: PDFFont = regular, color = ink) => {
    let s = size;
    while (font.widthOfTextAtSize(text, s) > 720 && s > 8) s -= 1;
    page.drawText(text, { x: (842 - font.widthOfTextAtSize(text, s)) / 2, y, size: s, font, color });
  };
  page.drawRectangle({ x: 24, y: 24, width: 794, height: 547, borderColor: rgb(0.2, 0.35, 0.6), borderWidth: 3 });
  centre(t("title"), 470, 34, bold);
  centre(t("certifies"), 410, 16);
  centre(data.name, 365, 30, bold);
  centre(t("completed"), 320, 16);
  centre(data.programmeTitle, 280, 20, bold);
  centre(data.cohortTitle, 250, 16);
  centre(data.date, 210, 14);
  centre(t("code", { code: data.code }), 110, 12, bold);
  centre(t("check", { url: data.verifyUrl }), 90, 11, regular, rgb(0.3, 0.3, 0.35));
  return pdf.save();
}
