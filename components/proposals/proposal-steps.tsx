"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type FieldPath, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ProposalContentInput } from "@/lib/proposals/schemas";
import { DEFAULT_PROPOSAL_TEMPLATE, type LongField } from "@/lib/proposals/template";
import { countWords } from "@/lib/proposals/words";

export type StepProps = {
  form: UseFormReturn<ProposalContentInput>;
  wordLimits: Record<string, number>;
  editable: boolean;
};

type Path = FieldPath<ProposalContentInput>;

/** The message react-hook-form holds for a path like "budget.2.amount". */
function errorAt(form: StepProps["form"], path: Path): string[] | undefined {
  const message = form.getFieldState(path, form.formState).error?.message;
  return message ? [message] : undefined;
}

function LongText({
  form,
  wordLimits,
  name,
  label,
  help,
}: StepProps & { name: LongField; label: string; help?: string }) {
  const value = useWatch({ control: form.control, name }) ?? "";
  const limit = wordLimits[name] ?? DEFAULT_PROPOSAL_TEMPLATE.wordLimits[name] ?? 300;
  const t = useTranslations("proposals");
  const words = countWords(value);
  const count = t(words > limit ? "overLimit" : "words", { words, limit });
  return (
    <FormField id={name} label={label} help={help ? `${help} ${count}` : count} errors={errorAt(form, name)}>
      {(a11y) => <Textarea {...a11y} rows={6} {...form.register(name)} />}
    </FormField>
  );
}

export function BasicsStep(props: StepProps) {
  const { form } = props;
  const t = useTranslations("proposals");
  return (
    <div className="space-y-4">
      <FormField id="title" label={t("titleLabel")} errors={errorAt(form, "title")}>
        {(a11y) => <Input {...a11y} maxLength={150} {...form.register("title")} />}
      </FormField>
      <FormField id="field" label={t("fieldLabel")} help={t("fieldHelp")} errors={errorAt(form, "field")}>
        {(a11y) => <Input {...a11y} maxLength={100} {...form.register("field")} />}
      </FormField>
      <LongText {...props} name="summary" label={t("summary")} help={t("summaryHelp")} />
    </div>
  );
}

export function PlanStep(props: StepProps) {
  const { form, editable } = props;
  const t = useTranslations("proposals");
  const rows = useFieldArray({ control: form.control, name: "activities" });
  return (
    <div className="space-y-4">
      <LongText {...props} name="objectives" label={t("objectives")} />
      <fieldset className="space-y-3">
        <legend className="font-medium">{t("activitiesTimeline")}</legend>
        {errorAt(form, "activities") ? <p className="text-sm text-destructive">{errorAt(form, "activities")}</p> : null}
        {rows.fields.map((row, i) => (
          <div key={row.id} className="grid gap-2 rounded-md border p-3 sm:grid-cols-[1fr_9rem_9rem_auto] sm:items-end">
            <FormField
              id={`activities.${i}.activity`}
              label={t("activity", { n: i + 1 })}
              errors={errorAt(form, `activities.${i}.activity`)}
            >
              {(a11y) => <Input {...a11y} {...form.register(`activities.${i}.activity`)} />}
            </FormField>
            <FormField
              id={`activities.${i}.start`}
              label={t("activityStart", { n: i + 1 })}
              errors={errorAt(form, `activities.${i}.start`)}
            >
              {(a11y) => <Input {...a11y} type="month" {...form.register(`activities.${i}.start`)} />}
            </FormField>
            <FormField
              id={`activities.${i}.end`}
              label={t("activityEnd", { n: i + 1 })}
              errors={errorAt(form, `activities.${i}.end`)}
            >
              {(a11y) => <Input {...a11y} type="month" {...form.register(`activities.${i}.end`)} />}
            </FormField>
            {editable && rows.fields.length > 1 ? (
              <Button
                type="button"
                variant="ghost"
                onClick={() => rows.remove(i)}
                aria-label={t("removeActivity", { n: i + 1 })}
              >
                {t("remove")}
              </Button>
            ) : null}
          </div>
        ))}
        {editable ? (
          <Button type="button" variant="outline" onClick={() => rows.append({ activity: "", start: "", end: "" })}>
            {t("addActivity")}
          </Button>
        ) : null}
      </fieldset>
    </div>
  );
}

export function BudgetStep(props: StepProps & { totals: { currency: string; formatted: string }[] }) {
  const { form, editable, totals } = props;
  const t = useTranslations("proposals");
  const rows = useFieldArray({ control: form.control, name: "budget" });
  return (
    <div className="space-y-4">
      <fieldset className="space-y-3">
        <legend className="font-medium">{t("budget")}</legend>
        <p className="text-sm text-muted-foreground">{t("budgetHelp")}</p>
        {errorAt(form, "budget") ? <p className="text-sm text-destructive">{errorAt(form, "budget")}</p> : null}
        {rows.fields.map((row, i) => (
          <div key={row.id} className="grid gap-2 rounded-md border p-3 sm:grid-cols-[1fr_9rem_6rem_auto] sm:items-end">
            <FormField
              id={`budget.${i}.item`}
              label={t("item", { n: i + 1 })}
              errors={errorAt(form, `budget.${i}.item`)}
            >
              {(a11y) => <Input {...a11y} {...form.register(`budget.${i}.item`)} />}
            </FormField>
            <FormField
              id={`budget.${i}.amount`}
              label={t("amount", { n: i + 1 })}
              errors={errorAt(form, `budget.${i}.amount`)}
            >
              {(a11y) => <Input {...a11y} inputMode="decimal" {...form.register(`budget.${i}.amount`)} />}
            </FormField>
            <FormField
              id={`budget.${i}.currency`}
              label={t("currency", { n: i + 1 })}
              errors={errorAt(form, `budget.${i}.currency`)}
            >
              {(a11y) => (
                <Input {...a11y} maxLength={3} className="uppercase" {...form.register(`budget.${i}.currency`)} />
              )}
            </FormField>
            {editable && rows.fields.length > 1 ? (
              <Button
                type="button"
                variant="ghost"
                onClick={() => rows.remove(i)}
                aria-label={t("removeBudgetLine", { n: i + 1 })}
              >
                {t("remove")}
              </Button>
            ) : null}
          </div>
        ))}
        {editable ? (
          <Button type="button" variant="outline" onClick={() => rows.append({ item: "", amount: "", currency: "" })}>
            {t("addBudgetLine")}
          </Button>
        ) : null}
      </fieldset>
      <section aria-labelledby="budget-totals" className="rounded-md bg-muted p-3">
        <h3 id="budget-totals" className="font-medium">
          {t("totals")}
        </h3>
        {totals.length === 0 ? (
          <p className="text-sm">{t("noAmounts")}</p>
        ) : (
          <ul className="text-sm">
            {totals.map((total) => (
              <li key={total.currency}>
                {t.rich("totalIn", {
                  b: (chunks) => <strong>{chunks}</strong>,
                  currency: total.currency,
                  amount: total.formatted,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function ContextStep(props: StepProps) {
  const t = useTranslations("proposals");
  return (
    <div className="space-y-4">
      <LongText {...props} name="partners" label={t("partners")} help={t("partnersHelp")} />
      <LongText {...props} name="outcomes" label={t("outcomes")} />
      <LongText {...props} name="risks" label={t("risksLabel")} />
    </div>
  );
}
