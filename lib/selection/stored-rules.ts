import { z } from "zod";
import { isCountryCode, UNESCO_REGIONS, type UnescoRegion } from "@/lib/geo";
import { groupRuleSchema } from "./group-rules";
import type { BalanceRules } from "./types";

const count = z.number().int().min(0).max(100_000);
export const REGION_CODES = UNESCO_REGIONS.map((r) => r.code) as [UnescoRegion, ...UnescoRegion[]];

/** A stored BalanceRules object, checked whenever it is written or read back from calls.balance_rules. */
const balanceRulesSchema = z
  .object({
    seats: z.number().int().min(1).max(100_000),
    seatsPerTrack: z.record(z.uuid(), count).optional(),
    genderBand: z
      .object({ min: z.number().min(0).max(1), max: z.number().min(0).max(1) })
      .refine((b) => b.min <= b.max, "The band's lower share is above its upper share.")
      .optional(),
    maxPerCountry: z.number().int().min(1).max(100_000).optional(),
    minCountries: count.optional(),
    regionMin: z.partialRecord(z.enum(REGION_CODES), count).optional(),
    regionMax: z.partialRecord(z.enum(REGION_CODES), count).optional(),
    groups: z.array(groupRuleSchema).max(200).optional(),
    delegations: z
      .object({
        countries: z.array(z.string().refine(isCountryCode, "Unknown country code.")).min(1).max(250),
        size: z.number().int().min(1).max(1000),
        sizes: z.record(z.string(), count).optional(),
      })
      .optional(),
    pinnedIn: z.array(z.uuid()).max(10_000).optional(),
    pinnedOut: z.array(z.uuid()).max(10_000).optional(),
  })
  .strict() satisfies z.ZodType<BalanceRules>;

/** Reads a call's stored rules; anything that does not parse (an empty {}) means "no rules yet". */
export function readBalanceRules(stored: unknown): BalanceRules | null {
  const parsed = balanceRulesSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
