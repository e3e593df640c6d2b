/**
 * The kinds of file Madang accepts and the limits of each kind of upload, in one table. Pure data, so
 * client components (the form builder, a file question's help text) read the same limits the server
 * enforces. Types are decided from the content (lib/uploads/sniff.ts), never from a name or a browser.
 */
export const FILE_TYPES = {
  "application/pdf": { label: "PDF", extension: "pdf" },
  "image/png": { label: "PNG image", extension: "png" },
  "image/jpeg": { label: "JPEG image", extension: "jpg" },
  "image/webp": { label: "WebP image", extension: "webp" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    label: "Word document (.docx)",
    extension: "docx",
  },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
    label: "PowerPoint (.pptx)",
    extension: "pptx",
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    label: "Excel workbook (.xlsx)",
    extension: "xlsx",
  },
  "text/csv": { label: "CSV", extension: "csv" },
} as const;
export type FileType = keyof typeof FILE_TYPES;

type UploadLimits = { maxBytes: number; accept: readonly FileType[] };

const MB = 1024 * 1024;
const OFFICE = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
] as const satisfies readonly FileType[];
const SLIDES = "application/vnd.openxmlformats-officedocument.presentationml.presentation" as const;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" as const;

/** One row per kind of upload. A call's file question may narrow `applicationFile` (fewer types, a lower limit). */
export const UPLOAD_KINDS = {
  applicationFile: { maxBytes: 10 * MB, accept: OFFICE },
  material: { maxBytes: 10 * MB, accept: [...OFFICE, SLIDES, XLSX] },
  proposalAttachment: { maxBytes: 10 * MB, accept: [...OFFICE, SLIDES, XLSX] },
  alumniPhoto: { maxBytes: 2 * MB, accept: ["image/png", "image/jpeg", "image/webp"] },
  spreadsheet: { maxBytes: 5 * MB, accept: [XLSX, "text/csv"] },
} as const satisfies Record<string, UploadLimits>;
export type UploadKind = keyof typeof UPLOAD_KINDS;

/** The types a call's file question may ask for (the form builder offers these). */
export const APPLICATION_FILE_TYPES: readonly FileType[] = UPLOAD_KINDS.applicationFile.accept;

export function fileTypeLabel(type: string): string {
  return FILE_TYPES[type as FileType]?.label ?? type;
}
