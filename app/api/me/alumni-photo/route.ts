import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { setAlumniPhoto } from "@/lib/alumni/profile-commands";
import { deleteUserPhotos, savePhoto } from "@/lib/alumni/photos";
import { clientIp, getActor } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { readUploadForm } from "@/lib/uploads/sniff";

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
    const { file } = await readUploadForm(request, "alumniPhoto", "photo");
    if (!file) throw new DomainError("validation", "Choose a photo.", { photo: ["Choose a photo."] });
    const key = await savePhoto(actor.userId, file.bytes);
    await setAlumniPhoto(getDb(), actor, key);
    revalidatePath("/alumni", "layout");
    return Response.json({ ok: true, photoUrl: `/api/alumni/photo/${actor.userId}` });
  });
}

export async function DELETE() {
  return handleRoute("alumni-photo-delete", async () => {
    const actor = await owner();
    await deleteUserPhotos(actor.userId);
    await setAlumniPhoto(getDb(), actor, null);
    return Response.json({ ok: true });
  });
}
