import { DomainError } from "@/lib/errors";
import { checkUpload } from "@/lib/uploads/sniff";
import { getStorage, type FileStorage } from "@/lib/uploads/storage";
import { FILE_TYPES, UPLOAD_KINDS } from "@/lib/uploads/types";

/**
 * Profile photos, kept through the shared upload storage under "alumni-photos/<userId>.<ext>". The type
 * is decided by lib/uploads from the file's first bytes, never by its name or the browser's word for it.
 */
const EXTENSIONS = UPLOAD_KINDS.alumniPhoto.accept.map((type) => FILE_TYPES[type].extension);
const KEY = /^alumni-photos\/[0-9a-f-]{36}\.(png|jpg|webp)$/;

export async function savePhoto(userId: string, bytes: Uint8Array, storage: FileStorage = getStorage()): Promise<string> {
  const { mimeType } = await checkUpload("alumniPhoto", bytes, { field: "photo" });
  const key = `alumni-photos/${userId}.${FILE_TYPES[mimeType].extension}`;
  // Another extension from an earlier upload would linger; remove them all first.
  await deleteUserPhotos(userId, storage);
  await storage.put(key, bytes);
  return key;
}

export async function readPhoto(key: string, storage: FileStorage = getStorage()): Promise<{ bytes: Uint8Array; contentType: string }> {
  if (!KEY.test(key)) throw new DomainError("not_found", "No such photo.");
  const bytes = await storage.get(key);
  if (!bytes) throw new DomainError("not_found", "No such photo.");
  const ext = key.split(".").pop();
  return { bytes, contentType: Object.entries(FILE_TYPES).find(([, t]) => t.extension === ext)![0] };
}

export async function deleteUserPhotos(userId: string, storage: FileStorage = getStorage()): Promise<void> {
  await Promise.all(EXTENSIONS.map((ext) => storage.delete(`alumni-photos/${userId}.${ext}`)));
}
