import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";

export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** What may be uploaded, decided from the bytes, never from the name or the browser's say-so. */
export const ACCEPTED_UPLOADS: Record<string, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG image",
  "image/jpeg": "JPEG image",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document (.docx)",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint (.pptx)",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel workbook (.xlsx)",
};

export async function checkUpload(bytes: Uint8Array, maxBytes = UPLOAD_MAX_BYTES): Promise<{ mimeType: string }> {
  if (bytes.byteLength === 0) throw new DomainError("validation", "The file is empty.", { file: ["Choose a file that is not empty."] });
  if (bytes.byteLength > maxBytes) throw new DomainError("too_large", `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`, { file: [`At most ${Math.round(maxBytes / 1024 / 1024)} MB.`] });
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(detected.mime in ACCEPTED_UPLOADS)) {
    const list = Object.values(ACCEPTED_UPLOADS).join(", ");
    throw new DomainError("validation", `This kind of file is not accepted. Upload one of: ${list}.`, { file: [`Upload one of: ${list}.`] });
  }
  return { mimeType: detected.mime };
}

/** A name safe for Content-Disposition and for people: no paths, no control characters, at most 120 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "file";
  const cleaned = base.replace(/[^\p{L}\p{N}._ -]/gu, "_").replace(/^\.+/, "").slice(-120);
  return cleaned || "file";
}

/**
 * Local-disk storage behind two functions, so an object store can replace it. Keys are random; the
 * database row holds the name people see.
 */
export async function storeUpload(bytes: Uint8Array): Promise<string> {
  const key = `participants/${randomUUID()}`;
  const file = path.resolve(/*turbopackIgnore: true*/ env().UPLOAD_DIR, key);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return key;
}

export async function readUpload(storageKey: string): Promise<Buffer> {
  if (!/^participants\/[0-9a-f-]{36}$/.test(storageKey)) throw new DomainError("not_found", "That file is not available.");
  try {
    return await readFile(path.resolve(/*turbopackIgnore: true*/ env().UPLOAD_DIR, storageKey));
  } catch {
    throw new DomainError("not_found", "That file is not available any more.");
  }
}

/** The headers of a download that the browser must save, not render. */
export function downloadHeaders(fileName: string, mimeType: string, size: number): HeadersInit {
  const name = safeFileName(fileName);
  return {
    "content-type": mimeType,
    "content-length": String(size),
    "content-disposition": `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  };
}
