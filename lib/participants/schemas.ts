import { z } from "zod";

/** What a participant can let the rest of the cohort see; nothing is shared unless ticked. */
export const SHARING_FIELDS = ["name", "country", "organisation", "email"] as const;

export const announcementSchema = z.object({
  cohortId: z.uuid({ error: "Unknown cohort." }),
  title: z.string().trim().min(1, "Give the announcement a title.").max(200, "At most 200 characters."),
  body: z.string().trim().min(1, "Write the announcement.").max(5000, "At most 5000 characters."),
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
