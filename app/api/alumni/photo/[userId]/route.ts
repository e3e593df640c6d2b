import { z } from "zod";
import { getDb } from "@/db/client";
import { visiblePhotoKey } from "@/lib/alumni/directory-queries";
import { readPhoto } from "@/lib/alumni/photos";
import { viewerOf } from "@/lib/alumni/visibility";
import { getActor } from "@/lib/auth";
import { notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";

/** A profile photo, served only to viewers the owner's photo setting allows; others get 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ userId: string }> }) {
  return handleRoute("alumni-photo", async () => {
    const parsed = z.uuid().safeParse((await params).userId);
    if (!parsed.success) throw notFound("No such photo.");
    const key = await visiblePhotoKey(getDb(), viewerOf(await getActor()), parsed.data);
    if (!key) throw notFound("No such photo.");
    const photo = await readPhoto(key);
    return new Response(new Uint8Array(photo.bytes), {
      headers: {
        "Content-Type": photo.contentType,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
