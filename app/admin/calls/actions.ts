"use server";

import { formOf, text } from "@/lib/auth/form-data";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { CallSettingsState, CallSettingsValues } from "@/components/calls/admin/call-settings-form";
import { defineAction } from "@/lib/auth";
import { createCall, saveCallForm, saveCallTranslations, updateCallSettings } from "@/lib/calls/commands";
import { callSettingsSchema, saveCallFormSchema, saveCallTranslationsSchema } from "@/lib/calls/schemas";
import { fieldsFromForm, type VersionedFormState } from "@/lib/i18n/content";
import { callScope, cohortScope } from "@/lib/auth/scope";

const create = defineAction({
  permission: "call.manage",
  schema: callSettingsSchema,
  scope: (input, db) => cohortScope(db, input.cohortId),
  run: ({ db, actor }, input) => createCall(db, actor, input),
});
const update = defineAction({
  permission: "call.manage",
  schema: callSettingsSchema,
  scope: (input, db) => callScope(db, input.callId ?? ""),
  run: ({ db, actor }, input) => updateCallSettings(db, actor, input),
});
const saveForm = defineAction({
  permission: "call.manage",
  schema: saveCallFormSchema,
  scope: (input, db) => callScope(db, input.callId),
  run: ({ db, actor }, input) => saveCallForm(db, actor, input),
});

function valuesOf(data: FormData): CallSettingsValues {
  const text = (key: string) => String(data.get(key) ?? "");
  const list = (key: string) => data.getAll(key).map(String).filter(Boolean);
  return {
    callId: text("callId") || undefined,
    cohortId: text("cohortId"),
    version: Number(text("version") || 0),
    title: text("title"),
    description: text("description"),
    status: text("status"),
    opensAt: text("opensAt"),
    closesAt: text("closesAt"),
    nationality: {
      countries: list("nationalityCountries"),
      regions: list("nationalityRegions"),
      groups: list("nationalityGroups"),
    },
    residence: {
      countries: list("residenceCountries"),
      regions: list("residenceRegions"),
      groups: list("residenceGroups"),
    },
    criteria: text("criteria")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean),
    trackIds: list("trackIds"),
    confirmationMessage: text("confirmationMessage"),
    nominationOnly: data.get("nominationOnly") === "on",
    allowEditAfterSubmit: data.get("allowEditAfterSubmit") === "on",
  };
}

export async function saveCallSettingsAction(_prev: CallSettingsState, raw: unknown): Promise<CallSettingsState> {
  const data = formOf(raw);
  const values = valuesOf(data);
  if (!values.callId) {
    const result = await create(values);
    if (!result.ok) return { ok: false, message: result.formError, fieldErrors: result.fieldErrors, values };
    revalidatePath("/admin", "layout");
    redirect(`/admin/calls/${result.callId}/form`);
  }
  const result = await update(values);
  if (!result.ok) return { ok: false, message: result.formError, fieldErrors: result.fieldErrors, values };
  revalidatePath("/", "layout");
  const t = await getTranslations("callAdmin.settingsForm");
  return { ok: true, message: t("saved"), fieldErrors: {}, values: { ...values, version: result.version } };
}

export async function saveCallFormAction(input: unknown) {
  const result = await saveForm(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

const translate = defineAction({
  permission: "call.manage",
  schema: saveCallTranslationsSchema,
  scope: (input, db) => callScope(db, input.callId),
  run: ({ db, actor }, input) => saveCallTranslations(db, actor, input),
});

export async function saveCallTranslationsAction(_prev: VersionedFormState, raw: unknown): Promise<VersionedFormState> {
  const data = formOf(raw);
  const result = await translate({
    callId: text(data, "callId"),
    version: text(data, "version"),
    language: text(data, "language"),
    fields: fieldsFromForm(data),
  });
  if (!result.ok) return { ok: false, message: result.formError, version: null };
  revalidatePath("/", "layout");
  return { ok: true, message: (await getTranslations("contentLanguages"))("saved"), version: result.version };
}
