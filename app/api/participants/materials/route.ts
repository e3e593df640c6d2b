import { z } from "zod";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { zodFieldErrors } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { addMaterialFile } from "@/lib/participants/space-commands";
import { readUploadForm } from "@/lib/uploads/sniff";

const fieldsSchema = z.object({ sessionId: z.uuid({ error: "Choose a session." }), title: z.string().max(200, "At most 200 characters.").default("") });

/** Staff upload a file for a session (the command checks the right and the file's content). */
export async function POST(request: Request) {
  return handleRoute("material-upload", async () => {
    const { fields, file } = await readUploadForm(request, "material");
    const parsed = fieldsSchema.safeParse(fields);
    if (!parsed.success) throw new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    if (!file) throw new DomainError("validation", "Choose a file to upload.", { file: ["Choose a file."] });
    const result = await addMaterialFile(getDb(), await getActor(), { ...parsed.data, fileName: file.name, bytes: file.bytes });
    return Response.json({ ok: true, ...result }, { status: 201 });
  });
}
