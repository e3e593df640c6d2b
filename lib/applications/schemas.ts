import { z } from "zod";

const MAX_TRACK_PREFERENCES = 10;
/** The largest draft a save accepts (answers as JSON), well above any form's word limits. */
export const MAX_DRAFT_BYTES = 256 * 1024;

const id = z.uuid({ error: "That id is not valid." });
const version = z.coerce.number({ error: "The version is missing." }).int().min(1);

export const startApplicationSchema = z.object({
  callId: id,
  /** The call's yes/no criteria the applicant confirms before starting. */
  criteria: z.array(z.string().max(100)).max(50).default([]),
});

export const saveDraftSchema = z.object({
  applicationId: id,
  version,
  answers: z.record(z.string().max(100), z.unknown()),
  trackPreferences: z.array(id).max(MAX_TRACK_PREFERENCES).default([]),
});

export const submitApplicationSchema = z.object({ applicationId: id, version });

export const withdrawApplicationSchema = z.object({
  applicationId: id,
  version,
  reason: z.string().trim().max(500, "Use at most 500 characters.").optional(),
});

export const reopenApplicationSchema = z.object({ applicationId: id, version });

export const applicationFileParamsSchema = z.object({ applicationId: id, questionId: z.string().min(1).max(100) });
