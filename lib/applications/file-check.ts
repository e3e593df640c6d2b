/**
 * Uploads are judged by their first bytes, never by their name or the browser's declared type: a
 * renamed program stays a program. Only the kinds a call may ask for are recognised.
 */
export const KNOWN_FILE_TYPES = {
  "application/pdf": { label: "PDF", extension: "pdf" },
  "image/png": { label: "PNG image", extension: "png" },
  "image/jpeg": { label: "JPEG image", extension: "jpg" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { label: "Word document (.docx)", extension: "docx" },
} as const;
export type KnownFileType = keyof typeof KNOWN_FILE_TYPES;
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** What the content is, from its magic bytes; "executable" is named so the refusal can say so. */
export function sniffFileType(bytes: Uint8Array): KnownFileType | "executable" | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x4d, 0x5a]) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe])) return "executable"; // MZ, ELF, Mach-O
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A .docx is a zip whose first entries name word/ or [Content_Types].xml; look for word/ in the head.
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4096))).toString("latin1");
    return head.includes("word/") || head.includes("[Content_Types].xml") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : null;
  }
  return null;
}

export type UploadCheck = { ok: true; mimeType: KnownFileType } | { ok: false; code: "too_large" | "validation"; message: string };

function allowedLabel(accept: readonly string[]): string {
  return accept.map((type) => KNOWN_FILE_TYPES[type as KnownFileType]?.label ?? type).join(" or ");
}

/** Size first (cheap), then content against the types the question accepts. */
export function checkUpload(bytes: Uint8Array, rules: { accept?: readonly string[]; maxBytes?: number }): UploadCheck {
  const maxBytes = rules.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const accept = rules.accept?.length ? rules.accept : ["application/pdf"];
  if (bytes.length === 0) return { ok: false, code: "validation", message: "The file is empty." };
  if (bytes.length > maxBytes) return { ok: false, code: "too_large", message: `The file is larger than ${formatBytes(maxBytes)}.` };
  const found = sniffFileType(bytes);
  if (found === "executable") return { ok: false, code: "validation", message: `This file is a program, not a ${allowedLabel(accept)}, whatever its name says. Upload a ${allowedLabel(accept)}.` };
  if (!found || !accept.includes(found)) {
    return { ok: false, code: "validation", message: `The content of this file is not a ${allowedLabel(accept)}, whatever its name says. Upload a ${allowedLabel(accept)}.` };
  }
  return { ok: true, mimeType: found };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A file name safe to show and to send back in Content-Disposition. */
export function safeFileName(name: string, mimeType: KnownFileType): string {
  const base = name.replace(/[\\/]/g, "_").replace(/[^\p{L}\p{N}._ -]/gu, "").replace(/^\.+/, "").trim().slice(0, 120) || "file";
  const ext = KNOWN_FILE_TYPES[mimeType].extension;
  return base.toLowerCase().endsWith(`.${ext}`) ? base : `${base.replace(/\.[a-z0-9]{1,5}$/i, "")}.${ext}`;
}
