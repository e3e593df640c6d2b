import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { setAlumniPhoto } from "@/lib/alumni/profile-commands";
import { deletePhoto, PHOTO_MAX_BYTES, savePhoto } from "@/lib/alumni/photos";
import { clientIp, getActor } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { handleRoute, readMultipart } from "@/lib/http";

async function owner() {
  const actor = await getActor();
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  if (!can(actor, "alumni.editProfile")) throw new DomainError("forbidden", "Only alumni keep a network profile.");
  return actor;
}

/** Uploads the signed-in alumnus's photo (PNG, JPEG or WebP, at most 2 MB, checked by content). */
export async function POST(request: Request) {
  return handleRoute("alumni-photo-upload", async () => {
    const actor = await owner();
    await enforceRateLimit(getDb(), { action: "upload", address: clientIp(request.headers) });
    const form = await readMultipart(request, PHOTO_MAX_BYTES + 16 * 1024);
    const file = form?.get("photo");
    if (!(file instanceof File) || file.size === 0) throw new DomainError("validation", "Choose a photo.", { photo: ["Choose a photo."] });
    const key = await savePhoto(actor.userId, new Uint8Array(await file.arrayBuffer()));
    await setAlumniPhoto(getDb(), actor, key);
    revalidatePath("/alumni", "layout");
    return Response.json({ ok: true, photoUrl: `/api/alumni/photo/${actor.userId}` });
  });
}

export async function DELETE() {
  return handleRoute("alumni-photo-delete", async () => {
    const actor = await owner();
    for (const ext of ["png", "jpg", "webp"]) await deletePhoto(`alumni-photos/${actor.userId}.${ext}`);
    await setAlumniPhoto(getDb(), actor, null);
    return Response.json({ ok: true });
  });
}
