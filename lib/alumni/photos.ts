import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";

/**
 * Profile photos on local disk under UPLOAD_DIR (an object store can replace these three functions).
 * The type is decided by the file's first bytes, never by its name or the browser's word for it.
 */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
const TYPES = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" } as const;
export type PhotoExtension = keyof typeof TYPES;

export function sniffPhoto(bytes: Uint8Array): PhotoExtension | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (starts(0xff, 0xd8, 0xff)) return "jpg";
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return "webp";
  return null;
}

function fullPath(key: string): string {
  // Keys are written only by savePhoto ("alumni-photos/<uuid>.<ext>"); anything else is refused.
  if (!/^alumni-photos\/[0-9a-f-]{36}\.(png|jpg|webp)$/.test(key)) throw new DomainError("not_found", "No such photo.");
  return path.resolve(/*turbopackIgnore: true*/ env().UPLOAD_DIR, key);
}

export async function savePhoto(userId: string, bytes: Uint8Array): Promise<string> {
  if (bytes.length > PHOTO_MAX_BYTES) throw new DomainError("too_large", "A photo can be at most 2 MB.");
  const ext = sniffPhoto(bytes);
  if (!ext) throw new DomainError("validation", "Upload a PNG, JPEG or WebP image.", { photo: ["Upload a PNG, JPEG or WebP image."] });
  const key = `alumni-photos/${userId}.${ext}`;
  const file = fullPath(key);
  await mkdir(path.dirname(file), { recursive: true });
  // Another extension from an earlier upload would linger; remove them all first.
  await Promise.all((Object.keys(TYPES) as PhotoExtension[]).map((e) => rm(fullPath(`alumni-photos/${userId}.${e}`), { force: true })));
  await writeFile(file, bytes);
  return key;
}

export async function readPhoto(key: string): Promise<{ bytes: Buffer; contentType: string }> {
  const ext = key.split(".").pop() as PhotoExtension;
  try {
    return { bytes: await readFile(fullPath(key)), contentType: TYPES[ext] };
  } catch {
    throw new DomainError("not_found", "No such photo.");
  }
}

export async function deletePhoto(key: string): Promise<void> {
  await rm(fullPath(key), { force: true });
}
