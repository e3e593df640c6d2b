import { z } from "zod";
import { commaList, id, limitedText, optionalText } from "@/lib/forms";
import { isCountryCode, isUnescoRegion } from "@/lib/geo";
import { isValidTimeZone, localToInstant } from "@/lib/time";
import { PROFILE_FIELDS, VISIBILITIES } from "./visibility";

export const BIO_MAX = 2000;
const SHORT_MAX = 200;
const LIST_MAX = 10;
const LIST_ITEM_MAX = 80;
const LINKS_MAX = 5;
const POST_TITLE_MAX = 160;
export const POST_BODY_MAX = 5000;
export const COMMENT_MAX = 2000;
export const MESSAGE_MAX = 2000;
const REASON_MAX = 1000;
const AVAILABILITY_MAX = 500;
export const ENGAGEMENT_MAX = 300;

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isCountryCode(v), "Choose a country from the list.");

/** One link a line: "https://…" or "Label https://…". */
const linksField = z
  .string()
  .max(2000)
  .optional()
  .transform((text, ctx) => {
    const links: { label: string; url: string }[] = [];
    for (const line of (text ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)) {
      const parts = line.split(/\s+/);
      const url = parts.pop() ?? "";
      try {
        const parsed = new URL(url);
        if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error("protocol");
        links.push({ label: parts.join(" ").slice(0, 80) || parsed.hostname, url: parsed.toString() });
      } catch {
        ctx.addIssue({
          code: "custom",
          message: `"${line.slice(0, 60)}" does not end with a web address (https://…).`,
        });
      }
    }
    if (links.length > LINKS_MAX) ctx.addIssue({ code: "custom", message: `Add at most ${LINKS_MAX} links.` });
    return links;
  });

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const visibilitySchema = z.object(
  Object.fromEntries(
    PROFILE_FIELDS.map((f) => [f, z.enum(VISIBILITIES, { error: "Choose public, alumni only or staff only." })]),
  ) as Record<(typeof PROFILE_FIELDS)[number], z.ZodEnum<{ public: "public"; alumni: "alumni"; staff: "staff" }>>,
);

export const alumniProfileSchema = z.object({
  version: z.coerce.number().int().positive(),
  bio: limitedText("bio", BIO_MAX).default(""),
  currentPosition: optionalText("position", SHORT_MAX),
  currentOrganisation: optionalText("organisation", SHORT_MAX),
  country: countryCode,
  fields: commaList("fields", LIST_MAX, LIST_ITEM_MAX),
  languages: commaList("languages", LIST_MAX, LIST_ITEM_MAX),
  links: linksField,
  contactEmail: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null))
    .refine((v) => v === null || z.email().safeParse(v).success, "Enter a valid email address, like name@example.org."),
  visibility: visibilitySchema,
  digestOptIn: checkbox,
});
export type AlumniProfileInput = z.input<typeof alumniProfileSchema>;

// No version: only the owner edits these few choices, and the profile form's version must not go stale
// because of them.
export const expertOptInSchema = z
  .object({
    isExpert: checkbox,
    expertAreas: commaList("expertise areas", LIST_MAX, LIST_ITEM_MAX),
    expertAvailability: optionalText("availability", AVAILABILITY_MAX),
    isExpertPublic: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.isExpert && v.expertAreas.length === 0)
      ctx.addIssue({ code: "custom", path: ["expertAreas"], message: "Name at least one area of expertise." });
  });
export type ExpertOptInInput = z.input<typeof expertOptInSchema>;

const param = z.string().trim().max(100).optional().catch(undefined);
export const DIRECTORY_PAGE_SIZE = 24;

/** Directory search from the URL: anything unreadable is dropped, never an error page. */
export const directoryParamsSchema = z.object({
  q: param,
  country: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .catch(undefined)
    .transform((v) => (v && isCountryCode(v) ? v : undefined)),
  region: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => (v && isUnescoRegion(v) ? v : undefined)),
  field: param,
  language: param,
  expertise: param,
  programme: param,
  year: z.coerce.number().int().min(1900).max(2200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type DirectoryParams = z.output<typeof directoryParamsSchema>;

export const OPPORTUNITY_KINDS = ["call", "job", "grant", "other"] as const;
export const POST_KINDS = ["news", "opportunity", "event"] as const;

export const postSchema = z
  .object({
    kind: z.enum(POST_KINDS, { error: "Choose news, opportunity or event." }),
    title: z
      .string()
      .trim()
      .min(3, "Give the post a title of at least 3 characters.")
      .max(POST_TITLE_MAX, `A title has at most ${POST_TITLE_MAX} characters.`),
    body: z
      .string()
      .trim()
      .min(1, "Write something.")
      .max(POST_BODY_MAX, `A post has at most ${POST_BODY_MAX} characters.`),
    opportunityKind: z
      .enum(OPPORTUNITY_KINDS)
      .optional()
      .or(z.literal("").transform(() => undefined)),
    link: z
      .string()
      .trim()
      .max(500)
      .optional()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || /^https?:\/\/\S+$/.test(v), "Enter a web address starting with https://."),
    eventStart: z.string().optional(),
    eventEnd: z.string().optional(),
    eventTimeZone: z.string().optional(),
    eventLocation: optionalText("place", SHORT_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "opportunity" && !v.opportunityKind)
      ctx.addIssue({
        code: "custom",
        path: ["opportunityKind"],
        message: "Say whether this is a call, a job, a grant or another opportunity.",
      });
    if (v.kind !== "event") return;
    const zone = v.eventTimeZone ?? "";
    if (!isValidTimeZone(zone))
      ctx.addIssue({ code: "custom", path: ["eventTimeZone"], message: "Choose the time zone the times are in." });
    const start = localToInstant(v.eventStart ?? "", zone || "UTC");
    const end = localToInstant(v.eventEnd ?? "", zone || "UTC");
    if (!start) ctx.addIssue({ code: "custom", path: ["eventStart"], message: "Enter when the event starts." });
    if (!end) ctx.addIssue({ code: "custom", path: ["eventEnd"], message: "Enter when the event ends." });
    if (start && end && end <= start)
      ctx.addIssue({ code: "custom", path: ["eventEnd"], message: "The end must be after the start." });
  });
export type PostInput = z.input<typeof postSchema>;

export const commentSchema = z.object({
  postId: id("post"),
  body: z
    .string()
    .trim()
    .min(1, "Write a comment.")
    .max(COMMENT_MAX, `A comment has at most ${COMMENT_MAX} characters.`),
});
export const rsvpSchema = z.object({ postId: id("post"), going: checkbox });
export const moderatePostSchema = z.object({
  postId: id("post"),
  action: z.enum(["hide", "unhide", "pin", "unpin"]),
});
export const hideCommentSchema = z.object({ commentId: z.coerce.number().int().positive(), hidden: checkbox });

export const messageSchema = z.object({
  recipientId: id("person"),
  body: z
    .string()
    .trim()
    .min(1, "Write a message.")
    .max(MESSAGE_MAX, `A message has at most ${MESSAGE_MAX} characters.`),
});
export type MessageInput = z.input<typeof messageSchema>;
export const blockSchema = z.object({ userId: id("person"), blocked: checkbox });
export const reportSchema = z.object({
  userId: id("person").optional(),
  messageId: id("message").optional(),
  postId: id("post").optional(),
  reason: z
    .string()
    .trim()
    .min(5, "Tell staff in a few words what is wrong.")
    .max(REASON_MAX, `At most ${REASON_MAX} characters.`),
});
export type ReportInput = z.input<typeof reportSchema>;
export const resolveReportSchema = z.object({ reportId: id("report") });

export const engagementSchema = z.object({
  expertId: id("expert"),
  description: z
    .string()
    .trim()
    .min(5, "Describe the engagement in a few words.")
    .max(ENGAGEMENT_MAX, `At most ${ENGAGEMENT_MAX} characters.`),
  country: countryCode,
  year: z.coerce
    .number({ error: "Enter a year." })
    .int("Enter a year.")
    .min(1990, "Enter a year from 1990.")
    .max(2100, "Enter a year before 2100."),
});
export type EngagementInput = z.input<typeof engagementSchema>;

export const rosterParamsSchema = z.object({
  expertise: param,
  language: param,
  country: directoryParamsSchema.shape.country,
  page: directoryParamsSchema.shape.page,
});

export const claimSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: z.string().min(10, "Use at least 10 characters.").max(128, "A password has at most 128 characters."),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords are not the same." });
