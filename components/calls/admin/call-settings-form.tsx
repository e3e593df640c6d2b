"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { LocalTimeHint } from "@/components/time/local-time-hint";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

export type CallSettingsState = {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string[]>;
  values?: CallSettingsValues;
};
type Rule = { countries: string[]; regions: string[]; groups: string[] };
export type CallSettingsValues = {
  callId?: string;
  cohortId: string;
  version: number;
  title: string;
  description: string;
  status: string;
  opensAt: string;
  closesAt: string;
  nationality: Rule;
  residence: Rule;
  criteria: string[];
  trackIds: string[];
  confirmationMessage: string;
  nominationOnly: boolean;
  allowEditAfterSubmit: boolean;
};
type Choice = { value: string; label: string };
/** An edition to open a call for, with the zone its times are typed in. */
type EditionChoice = Choice & { timeZone: string };

function RuleFields({
  prefix,
  legend,
  rule,
  countries,
  regions,
  groups,
  t,
}: {
  t: ReturnType<typeof useTranslations>;
  prefix: "nationality" | "residence";
  legend: string;
  rule: Rule;
  countries: Choice[];
  regions: Choice[];
  groups: Choice[];
}) {
  return (
    <fieldset className="space-y-3 rounded-lg border p-4">
      <legend className="px-1 font-medium">{legend}</legend>
      <p className="text-sm text-muted-foreground">{t("ruleHelp")}</p>
      <div className="flex flex-wrap gap-4">
        {groups.map((g) => (
          <span key={g.value} className="flex items-center gap-2">
            <input
              id={`${prefix}-group-${g.value}`}
              type="checkbox"
              name={`${prefix}Groups`}
              value={g.value}
              defaultChecked={rule.groups.includes(g.value)}
              className="h-4 w-4"
            />
            <label htmlFor={`${prefix}-group-${g.value}`}>{g.label}</label>
          </span>
        ))}
      </div>
      <div className="flex flex-wrap gap-4">
        {regions.map((r) => (
          <span key={r.value} className="flex items-center gap-2">
            <input
              id={`${prefix}-region-${r.value}`}
              type="checkbox"
              name={`${prefix}Regions`}
              value={r.value}
              defaultChecked={rule.regions.includes(r.value)}
              className="h-4 w-4"
            />
            <label htmlFor={`${prefix}-region-${r.value}`}>{r.label}</label>
          </span>
        ))}
      </div>
      <FormField id={`${prefix}-countries`} label={t("countries", { legend })} help={t("countriesHelp")}>
        {(a11y) => (
          <NativeSelect {...a11y} name={`${prefix}Countries`} multiple defaultValue={rule.countries} className="h-40">
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </NativeSelect>
        )}
      </FormField>
    </fieldset>
  );
}

/** A call's settings; posted as a plain form (works without JavaScript), errors come back on the fields. */
export function CallSettingsForm({
  values: initial,
  cohorts,
  tracks,
  countries,
  regions,
  groups,
  timeZone,
  action,
}: {
  values: CallSettingsValues;
  cohorts?: EditionChoice[];
  tracks: Choice[];
  countries: Choice[];
  regions: Choice[];
  groups: Choice[];
  timeZone: string | null;
  action: (prev: CallSettingsState, data: FormData) => Promise<CallSettingsState>;
}) {
  const t = useTranslations("callAdmin.settingsForm");
  const [state, formAction, pending] = useActionState(action, { ok: false, message: null, fieldErrors: {} });
  // React resets a form after its action: what was typed comes back as the new defaults.
  const values = state.values ?? initial;
  const errors = (key: string) => state.fieldErrors[key];
  // A new call: the zone is the chosen edition's, named as soon as one is chosen.
  const [cohortId, setCohortId] = useState(values.cohortId);
  const chosenZone = timeZone ?? cohorts?.find((c) => c.value === cohortId)?.timeZone ?? null;
  const zone = chosenZone ?? t("zoneUnknown");
  return (
    <form action={formAction} className="max-w-3xl space-y-5">
      {state.message ? <Alert variant={state.ok ? "default" : "destructive"}>{state.message}</Alert> : null}
      {values.callId ? <input type="hidden" name="callId" value={values.callId} /> : null}
      <input type="hidden" name="version" value={values.version} />
      {cohorts ? (
        <FormField id="cohortId" label={t("edition")} errors={errors("cohortId")}>
          {(a11y) => (
            <NativeSelect
              {...a11y}
              name="cohortId"
              defaultValue={values.cohortId}
              onChange={(e) => setCohortId(e.target.value)}
            >
              <option value="">{t("chooseEdition")}</option>
              {cohorts.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      ) : (
        <input type="hidden" name="cohortId" value={values.cohortId} />
      )}
      <FormField id="title" label={t("title")} errors={errors("title")}>
        {(a11y) => <Input {...a11y} name="title" defaultValue={values.title} />}
      </FormField>
      <FormField id="description" label={t("description")} help={t("descriptionHelp")} errors={errors("description")}>
        {(a11y) => <Textarea {...a11y} name="description" rows={6} defaultValue={values.description} />}
      </FormField>
      <FormField id="status" label={t("status")} help={t("statusHelp")} errors={errors("status")}>
        {(a11y) => (
          <NativeSelect {...a11y} name="status" defaultValue={values.status}>
            <option value="draft">{t("draft")}</option>
            <option value="open">{t("open")}</option>
            <option value="closed">{t("closed")}</option>
          </NativeSelect>
        )}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="opensAt" label={t("opens", { zone })} errors={errors("opensAt")}>
          {(a11y) => <Input {...a11y} type="datetime-local" name="opensAt" defaultValue={values.opensAt} />}
        </FormField>
        <FormField id="closesAt" label={t("closesAt", { zone })} errors={errors("closesAt")}>
          {(a11y) => <Input {...a11y} type="datetime-local" name="closesAt" defaultValue={values.closesAt} />}
        </FormField>
      </div>
      {chosenZone ? <LocalTimeHint zone={chosenZone} times={[{ local: "opensAt" }, { local: "closesAt" }]} /> : null}
      <RuleFields
        t={t}
        prefix="nationality"
        legend={t("nationality")}
        rule={values.nationality}
        countries={countries}
        regions={regions}
        groups={groups}
      />
      <RuleFields
        t={t}
        prefix="residence"
        legend={t("residence")}
        rule={values.residence}
        countries={countries}
        regions={regions}
        groups={groups}
      />
      <FormField id="criteria" label={t("criteria")} errors={errors("criteria")}>
        {(a11y) => <Textarea {...a11y} name="criteria" rows={3} defaultValue={values.criteria.join("\n")} />}
      </FormField>
      {tracks.length ? (
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("tracks")}</legend>
          {tracks.map((t) => (
            <div key={t.value} className="flex items-center gap-2">
              <input
                id={`track-${t.value}`}
                type="checkbox"
                name="trackIds"
                value={t.value}
                defaultChecked={values.trackIds.includes(t.value)}
                className="h-4 w-4"
              />
              <label htmlFor={`track-${t.value}`}>{t.label}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <FormField
        id="confirmationMessage"
        label={t("confirmation")}
        help={t("confirmationHelp")}
        errors={errors("confirmationMessage")}
      >
        {(a11y) => <Textarea {...a11y} name="confirmationMessage" rows={3} defaultValue={values.confirmationMessage} />}
      </FormField>
      <div className="flex items-center gap-2">
        <input
          id="nominationOnly"
          type="checkbox"
          name="nominationOnly"
          value="on"
          defaultChecked={values.nominationOnly}
          className="h-4 w-4"
        />
        <label htmlFor="nominationOnly">{t("nominationOnly")}</label>
      </div>
      <div className="flex items-center gap-2">
        <input
          id="allowEditAfterSubmit"
          type="checkbox"
          name="allowEditAfterSubmit"
          value="on"
          defaultChecked={values.allowEditAfterSubmit}
          className="h-4 w-4"
        />
        <label htmlFor="allowEditAfterSubmit">{t("allowEdit")}</label>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : values.callId ? t("save") : t("create")}
      </Button>
      <p aria-live="polite" className="sr-only">
        {pending ? t("saving") : ""}
      </p>
    </form>
  );
}
