import { DomainError } from "@/lib/errors";
import { readMultipart } from "@/lib/http";
import { UPLOAD_MAX_BYTES } from "./storage";

/**
 * Reads a multipart upload no bigger than the limit (plus room for the other fields), refusing before
 * reading a body whose declared length is already too large.
 */
export async function readUploadForm(request: Request): Promise<{ fields: Record<string, string>; file: { name: string; bytes: Uint8Array } | null }> {
  let form: FormData;
  try {
    form = await readMultipart(request, UPLOAD_MAX_BYTES + 64 * 1024);
  } catch (error) {
    if (error instanceof DomainError && error.code === "too_large") throw new DomainError("too_large", "The file is larger than 10 MB.", { file: ["At most 10 MB."] });
    throw error;
  }
  const fields: Record<string, string> = {};
  let file: { name: string; bytes: Uint8Array } | null = null;
  for (const [key, value] of form) {
    if (typeof value === "string") fields[key] = value;
    else if (key === "file" && value.size > 0) file = { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
  }
  return { fields, file };
}
