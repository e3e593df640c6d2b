import { readMultipart } from "@/lib/http";
import { fileTypeFromBuffer } from "file-type";
import { DomainError } from "@/lib/errors";
import { formatBytes } from "@/lib/format";
import { FILE_TYPES, fileTypeLabel, UPLOAD_KINDS, type FileType, type UploadKind } from "./types";

// What file-type calls a program; named so the refusal can say "this is a program".
const EXECUTABLES = new Set([
  "application/x-msdownload",
  "application/x-elf",
  "application/x-mach-binary",
  "application/x-executable",
  "application/x-sharedlib",
]);

/**
 * Text a person would call a CSV: a byte-order mark, or no NUL byte in the first 64 KB (UTF-8 and
 * Windows-1252 files have none; binary formats almost always do).
 */
function hasTextBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
  );
}

/** What the content is, by its bytes (file-type for binary formats); "executable" so a refusal can name it. */
export async function sniffContent(bytes: Uint8Array): Promise<FileType | "executable" | null> {
  // Before file-type, which takes a UTF-16 byte-order mark for MPEG audio.
  if (hasTextBom(bytes)) return "text/csv";
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    if (EXECUTABLES.has(found.mime)) return "executable";
    return found.mime in FILE_TYPES ? (found.mime as FileType) : null;
  }
  return bytes.length > 0 && !bytes.subarray(0, 64 * 1024).includes(0) ? "text/csv" : null;
}

const either = (types: readonly string[]) => types.map(fileTypeLabel).join(" or ");

/**
 * The one check every upload goes through: size first (cheap), then the content against the kind's
 * types. `narrow` is a call question's own list and limit. Refusals are person-readable DomainErrors on
 * `field` (the form field that holds the file).
 */
export async function checkUpload(
  kind: UploadKind,
  bytes: Uint8Array,
  narrow: { accept?: readonly string[]; maxBytes?: number; field?: string } = {},
): Promise<{ mimeType: FileType }> {
  const limits = UPLOAD_KINDS[kind];
  const maxBytes = Math.min(narrow.maxBytes ?? limits.maxBytes, limits.maxBytes);
  const accept = narrow.accept?.length ? limits.accept.filter((t) => narrow.accept!.includes(t)) : limits.accept;
  const fail = (code: "validation" | "too_large", message: string): never => {
    throw new DomainError(code, message, { [narrow.field ?? "file"]: [message] });
  };
  if (bytes.length === 0) fail("validation", "The file is empty.");
  if (bytes.length > maxBytes) fail("too_large", `The file is larger than ${formatBytes(maxBytes, "en")}.`);
  const found = await sniffContent(bytes);
  if (found === "executable")
    fail(
      "validation",
      `This file is a program, not a ${either(accept)}, whatever its name says. Upload a ${either(accept)}.`,
    );
  if (!found || !(accept as readonly string[]).includes(found))
    fail(
      "validation",
      `The content of this file is not a ${either(accept)}, whatever its name says. Upload a ${either(accept)}.`,
    );
  return { mimeType: found as FileType };
}

/** A name safe to show and to send back in Content-Disposition; with a type, it ends in that type's extension. */
export function safeFileName(name: string, mimeType?: string): string {
  const base =
    (name.split(/[\\/]/).pop() ?? "")
      .replace(/[^\p{L}\p{N}._ -]/gu, "")
      .replace(/^\.+/, "")
      .trim()
      .slice(-120) || "file";
  const ext = FILE_TYPES[mimeType as FileType]?.extension;
  if (!ext || base.toLowerCase().endsWith(`.${ext}`)) return base;
  return `${base.replace(/\.[a-z0-9]{1,5}$/i, "")}.${ext}`;
}

/** The headers of a download that the browser must save, not render. */
export function downloadHeaders(fileName: string, mimeType: string, size?: number): Record<string, string> {
  const name = safeFileName(fileName);
  return {
    "content-type": mimeType,
    ...(size === undefined ? {} : { "content-length": String(size) }),
    "content-disposition": `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  };
}

/**
 * Reads a multipart upload, refusing before reading a body whose declared length is already over the
 * kind's limit (plus room for the other fields). The file is the first non-empty file field `fileField`.
 */
export async function readUploadForm(
  request: Request,
  kind: UploadKind,
  fileField = "file",
): Promise<{ fields: Record<string, string>; file: { name: string; bytes: Uint8Array } | null }> {
  const { maxBytes } = UPLOAD_KINDS[kind];
  // Read as a stream and stopped at the limit (lib/http.ts), so a huge or chunked body is never read whole.
  const form = await readMultipart(request, maxBytes + 64 * 1024);
  const fields: Record<string, string> = {};
  let file: { name: string; bytes: Uint8Array } | null = null;
  for (const [key, value] of form) {
    if (typeof value === "string") fields[key] = value;
    else if (key === fileField && value.size > 0 && !file)
      file = { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
  }
  return { fields, file };
}
