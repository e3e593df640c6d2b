"use client";

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
  const words = countWords(value);
  const count = `${words} / ${limit} words${words > limit ? " — over the limit" : ""}`;
  return (
    <FormField id={name} label={label} help={help ? `${help} ${count}` : count} errors={errorAt(form, name)}>
      {(a11y) => <Textarea {...a11y} rows={6} {...form.register(name)} />}
    </FormField>
  );
}

export function BasicsStep(props: StepProps) {
  const { form } = props;
  return (
    <div className="space-y-4">
      <FormField id="title" label="Title" errors={errorAt(form, "title")}>
        {(a11y) => <Input {...a11y} maxLength={150} {...form.register("title")} />}
      </FormField>
      <FormField
        id="field"
        label="Field"
        help="For example: performing arts, publication, heritage."
        errors={errorAt(form, "field")}
      >
        {(a11y) => <Input {...a11y} maxLength={100} {...form.register("field")} />}
      </FormField>
      <LongText {...props} name="summary" label="Summary" help="What the project is, for whom and why it matters." />
    </div>
  );
}

export function PlanStep(props: StepProps) {
  const { form, editable } = props;
  const rows = useFieldArray({ control: form.control, name: "activities" });
  return (
    <div className="space-y-4">
      <LongText {...props} name="objectives" label="Objectives" />
      <fieldset className="space-y-3">
        <legend className="font-medium">Activities and timeline</legend>
        {errorAt(form, "activities") ? <p className="text-sm text-destructive">{errorAt(form, "activities")}</p> : null}
        {rows.fields.map((row, i) => (
          <div key={row.id} className="grid gap-2 rounded-md border p-3 sm:grid-cols-[1fr_9rem_9rem_auto] sm:items-end">
            <FormField
              id={`activities.${i}.activity`}
              label={`Activity ${i + 1}`}
              errors={errorAt(form, `activities.${i}.activity`)}
            >
              {(a11y) => <Input {...a11y} {...form.register(`activities.${i}.activity`)} />}
            </FormField>
            <FormField
              id={`activities.${i}.start`}
              label={`Start of activity ${i + 1}`}
              errors={errorAt(form, `activities.${i}.start`)}
            >
              {(a11y) => <Input {...a11y} type="month" {...form.register(`activities.${i}.start`)} />}
            </FormField>
            <FormField
              id={`activities.${i}.end`}
              label={`End of activity ${i + 1}`}
              errors={errorAt(form, `activities.${i}.end`)}
            >
              {(a11y) => <Input {...a11y} type="month" {...form.register(`activities.${i}.end`)} />}
            </FormField>
            {editable && rows.fields.length > 1 ? (
              <Button
                type="button"
                variant="ghost"
                onClick={() => rows.remove(i)}
                aria-label={`Remove activity ${i + 1}`}
              >
                Remove
              </Button>
            ) : null}
          </div>
        ))}
        {editable ? (
          <Button type="button" variant="outline" onClick={() => rows.append({ activity: "", start: "", end: "" })}>
            Add an activity
          </Button>
        ) : null}
      </fieldset>
    </div>
  );
}

export function BudgetStep(props: StepProps & { totals: { currency: string; formatted: string }[] }) {
  const { form, editable, totals } = props;
  const rows = useFieldArray({ control: form.control, name: "budget" });
  return (
    <div className="space-y-4">
      <fieldset className="space-y-3">
        <legend className="font-medium">Budget</legend>
        <p className="text-sm text-muted-foreground">
          One line per item. Amounts are numbers like 1200 or 1200.50, without thousands separators; currencies are
          codes like USD, EUR, KRW.
        </p>
        {errorAt(form, "budget") ? <p className="text-sm text-destructive">{errorAt(form, "budget")}</p> : null}
        {rows.fields.map((row, i) => (
          <div key={row.id} className="grid gap-2 rounded-md border p-3 sm:grid-cols-[1fr_9rem_6rem_auto] sm:items-end">
            <FormField id={`budget.${i}.item`} label={`Item ${i + 1}`} errors={errorAt(form, `budget.${i}.item`)}>
              {(a11y) => <Input {...a11y} {...form.register(`budget.${i}.item`)} />}
            </FormField>
            <FormField id={`budget.${i}.amount`} label={`Amount ${i + 1}`} errors={errorAt(form, `budget.${i}.amount`)}>
              {(a11y) => <Input {...a11y} inputMode="decimal" {...form.register(`budget.${i}.amount`)} />}
            </FormField>
            <FormField
              id={`budget.${i}.currency`}
              label={`Currency ${i + 1}`}
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
                aria-label={`Remove budget line ${i + 1}`}
              >
                Remove
              </Button>
            ) : null}
          </div>
        ))}
        {editable ? (
          <Button type="button" variant="outline" onClick={() => rows.append({ item: "", amount: "", currency: "" })}>
            Add a budget line
          </Button>
        ) : null}
      </fieldset>
      <section aria-labelledby="budget-totals" className="rounded-md bg-muted p-3">
        <h3 id="budget-totals" className="font-medium">
          Totals (computed by the server when the draft is saved)
        </h3>
        {totals.length === 0 ? (
          <p className="text-sm">No amounts yet.</p>
        ) : (
          <ul className="text-sm">
            {totals.map((t) => (
              <li key={t.currency}>
                Total in {t.currency}: <strong>{t.formatted}</strong>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function ContextStep(props: StepProps) {
  return (
    <div className="space-y-4">
      <LongText {...props} name="partners" label="Partners" help="Who works with you, and what each brings." />
      <LongText {...props} name="outcomes" label="Expected outcomes" />
      <LongText {...props} name="risks" label="Risks and how you will handle them" />
    </div>
  );
}
