import { z } from "zod";
import { isCountryCode, isGroupRef, resolveGroupRef, subregionRefsOf, type CustomCountryGroup } from "@/lib/geo";
import { DomainError } from "@/lib/errors";
import type { BalanceRules, GroupRule } from "./types";

/*
 * Balance rules on any grouping of countries (lib/geo/group-refs.ts). A stored rule keeps the group's
 * label and countries as they were when saved, and is refreshed from the current data whenever the
 * rules are read for the workbench or the solver, so a renamed or edited custom group is followed, and
 * a deleted one still reads and solves as it was.
 */

const count = z.number().int().min(0).max(100_000);

/** A GroupRule as stored in calls.balance_rules. */
export const groupRuleSchema = z
  .object({
    ref: z.string().refine(isGroupRef, "Unknown group of countries."),
    label: z.string().min(1).max(200),
    countries: z.array(z.string().refine(isCountryCode, "Unknown country code.")).max(300),
    min: count.optional(),
    max: count.optional(),
  })
  .strict()
  .refine(
    (g) => g.min !== undefined || g.max !== undefined,
    "A group rule needs a lower or an upper bound.",
  ) satisfies z.ZodType<GroupRule>;

const wholeNumber = z.string().trim().regex(/^\d*$/, "Enter a whole number, or leave it empty.");

/** One row of the rules editor: a group, its bounds, and whether it applies to each of its subregions. */
const groupRuleRowSchema = z
  .object({
    ref: z.string().trim().min(1, "Choose a group of countries."),
    min: wholeNumber,
    max: wholeNumber,
    each: z.boolean(),
  })
  .superRefine((row, ctx) => {
    if (row.min === "" && row.max === "")
      ctx.addIssue({ code: "custom", path: ["min"], message: "Give at least or at most, or remove the row." });
    if (row.min !== "" && row.max !== "" && Number(row.min) > Number(row.max))
      ctx.addIssue({ code: "custom", path: ["max"], message: "At most must be at least the lower bound." });
    if (row.each && subregionRefsOf(row.ref).length === 0)
      ctx.addIssue({ code: "custom", path: ["each"], message: "Only a UN M49 region has subregions." });
  });
export const groupRuleRowsSchema = z.array(groupRuleRowSchema).max(100);
export type GroupRuleRow = z.output<typeof groupRuleRowSchema>;

/** The editor's rows as GroupRules, "each subregion of X" written out one rule per subregion. */
export function groupRulesFromRows(rows: readonly GroupRuleRow[], custom: readonly CustomCountryGroup[]): GroupRule[] {
  const out: GroupRule[] = [];
  rows.forEach((row, i) => {
    const refs = row.each ? subregionRefsOf(row.ref) : [row.ref];
    for (const ref of refs) {
      const group = resolveGroupRef(ref, custom);
      if (!group)
        throw new DomainError("validation", "Some group rules name a group that does not exist.", {
          [`groupRules.${i}.ref`]: ["This group does not exist (any more)."],
        });
      out.push({
        ref,
        label: group.label,
        countries: [...group.countries],
        ...(row.min !== "" ? { min: Number(row.min) } : {}),
        ...(row.max !== "" ? { max: Number(row.max) } : {}),
      });
    }
  });
  return out;
}

/** Stored GroupRules back into editor rows (one per rule). */
export function rowsFromGroupRules(groups: readonly GroupRule[] | undefined): GroupRuleRow[] {
  return (groups ?? []).map((g) => ({
    ref: g.ref,
    min: g.min === undefined ? "" : String(g.min),
    max: g.max === undefined ? "" : String(g.max),
    each: false,
  }));
}

/** The rules with each group's label and countries taken from today's data where the group still exists. */
export function refreshGroupRules(rules: BalanceRules, custom: readonly CustomCountryGroup[]): BalanceRules {
  if (!rules.groups?.length) return rules;
  return {
    ...rules,
    groups: rules.groups.map((g) => {
      const now = resolveGroupRef(g.ref, custom);
      return now ? { ...g, label: now.label, countries: [...now.countries] } : g;
    }),
  };
}
