import { z } from "zod";
import { isCountryCode } from "./geo";
import { isValidTimeZone } from "@/lib/time";

/** Field builders every area's schemas share, so a limit reads the same on the client and the server. */

export const id = (what: string) => z.uuid({ error: `Unknown ${what}.` });

/** Text within a limit, trimmed; may be empty. */
export const limitedText = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .max(max, `The ${label} has at most ${max} characters.`);

export const requiredText = (label: string, max: number) => limitedText(label, max).min(1, `Enter the ${label}.`);

/** Optional text: an empty field becomes null. */
export const optionalText = (label: string, max: number) =>
  limitedText(label, max)
    .optional()
    .transform((v) => (v ? v : null));

export const optionalUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(500, `The ${label} has at most 500 characters.`)
    .optional()
    .refine((v) => !v || /^https?:\/\/[^\s]+$/i.test(v), `Enter a full web address starting with https://.`)
    .transform((v) => (v ? v : null));

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};
export const date = (label: string) =>
  z
    .string({ error: `Enter the ${label}.` })
    .regex(DATE_RE, `Enter the ${label} as a date.`)
    .refine(realDate, `The ${label} is not a real date.`);
export const optionalDate = (label: string) =>
  z
    .string()
    .optional()
    .refine((v) => !v || (DATE_RE.test(v) && realDate(v)), `The ${label} is not a real date.`)
    .transform((v) => (v ? v : null));

export const time = (label: string) =>
  z
    .string({ error: `Enter the ${label}.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `Enter the ${label} as HH:MM (24-hour).`);

export const timeZone = z
  .string({ error: "Choose a time zone." })
  .trim()
  .min(1, "Choose a time zone.")
  .refine(isValidTimeZone, "Unknown time zone. Use an IANA name such as Asia/Seoul or Europe/Paris.");

export const optionalCountry = z
  .string()
  .trim()
  .toUpperCase()
  .optional()
  .refine((v) => !v || isCountryCode(v), "Choose a country from the list.")
  .transform((v) => (v ? v : null));

/** An optional whole number typed into a text or number field ("" is none). */
export const optionalCount = (label: string, max = 100_000) =>
  z
    .union([z.number(), z.string()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return null;
      const n = typeof v === "number" ? v : Number(v);
      if (!Number.isInteger(n) || n < 0 || n > max) {
        ctx.addIssue({ code: "custom", message: `The ${label} is a whole number from 0 to ${max}.` });
        return z.NEVER;
      }
      return n;
    });

/**
 * A list typed as "a, b; c" (one a line also) or sent as ["a", "b"] by tests and scripts: trimmed, empty parts
 * dropped, duplicates removed regardless of case (the first spelling kept).
 */
export const commaList = (label: string, maxItems: number, maxLength: number) =>
  z
    .union([z.string().max(maxItems * (maxLength + 2), `Too many ${label}.`), z.array(z.string())])
    .optional()
    .transform((v, ctx) => {
      const parts = (Array.isArray(v) ? v : (v ?? "").split(/[,;\n]/)).map((s) => s.trim()).filter(Boolean);
      const seen = new Set<string>();
      const items = parts.filter((s) => !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
      if (items.length > maxItems) ctx.addIssue({ code: "custom", message: `At most ${maxItems} ${label}.` });
      if (items.some((s) => s.length > maxLength))
        ctx.addIssue({ code: "custom", message: `Each of the ${label} has at most ${maxLength} characters.` });
      return items;
    });

/** A checkbox group: react-hook-form gives false, a string or an array depending on how many boxes are ticked. */
export const checkboxGroup = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === false || v === null || v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(item).max(200),
  );

export const version = z.coerce.number().int().positive();
