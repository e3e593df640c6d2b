import { z } from "zod";
import { version } from "@/lib/forms";
import { translationEditsSchema, translationsSchema } from "@/lib/i18n/content";

/** What a participant can let the rest of the cohort see; nothing is shared unless ticked. */
export const SHARING_FIELDS = ["name", "country", "organisation", "email"] as const;

export const announcementSchema = z.object({
  cohortId: z.uuid({ error: "Unknown cohort." }),
  title: z.string().trim().min(1, "Give the announcement a title.").max(200, "At most 200 characters."),
  body: z.string().trim().min(1, "Write the announcement.").max(5000, "At most 5000 characters."),
  /** Its title and body in the programme's other languages, written with it (each reader's email uses them). */
  translations: translationsSchema.optional(),
});

/** An announcement's title and body in one of its programme's other languages (lib/i18n/content.ts). */
export const ANNOUNCEMENT_TRANSLATED_FIELDS = ["title", "body"] as const;
/**
 * An announcement has no version column; its version is how many translation saves it has had (its audit rows,
 * counted under a row lock), so a tab opened before another's save is refused as stale.
 */
export const saveAnnouncementTranslationsSchema = translationEditsSchema.extend({
  announcementId: z.uuid({ error: "Unknown announcement." }),
  version,
});

export const materialLinkSchema = z.object({
  sessionId: z.uuid({ error: "Choose a session." }),
  title: z.string().trim().min(1, "Give the material a title.").max(200, "At most 200 characters."),
  url: z
    .url({ error: "Enter a full link, starting with https://." })
    .max(2000)
    .refine((u) => u.startsWith("https://"), "Only https:// links are accepted."),
});

export const checkInSchema = z.object({
  cohortId: z.uuid({ error: "Unknown cohort." }),
  code: z.string().trim().min(1, "Type the code shown in the room.").max(20, "A room code has six characters."),
});
