"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/auth";
import type { ActionResult } from "@/lib/auth/action";
import { fieldsFromForm, type VersionedFormState } from "@/lib/i18n/content";
import { formOf, text } from "@/lib/auth/form-data";
import { createOrganisationForProgramme } from "@/lib/organisations/commands";
import { createOrganisationForProgrammeSchema } from "@/lib/organisations/schemas";
import {
  createProgramme,
  linkOrganisation,
  saveProgrammeTranslations,
  setProgrammeMainLanguage,
  setProgrammeStatus,
  unlinkOrganisation,
  updateProgramme,
} from "@/lib/programmes/commands";
import {
  createProgrammeSchema,
  linkOrganisationSchema,
  saveProgrammeTranslationsSchema,
  setProgrammeMainLanguageSchema,
  setProgrammeStatusSchema,
  updateProgrammeSchema,
} from "@/lib/programmes/schemas";

const create = defineAction({
  permission: "programme.create",
  schema: createProgrammeSchema,
  run: ({ db, actor }, input) => createProgramme(db, actor, input),
});
const update = defineAction({
  permission: "programme.update",
  schema: updateProgrammeSchema,
  scope: (input) => ({ programmeId: input.programmeId }),
  run: ({ db, actor }, input) => updateProgramme(db, actor, input),
});
const setStatus = defineAction({
  permission: "programme.publish",
  schema: setProgrammeStatusSchema,
  scope: (input) => ({ programmeId: input.programmeId }),
  run: ({ db, actor }, input) => setProgrammeStatus(db, actor, input),
});
const link = defineAction({
  permission: "programme.update",
  schema: linkOrganisationSchema,
  scope: (input) => ({ programmeId: input.programmeId }),
  run: ({ db, actor }, input) => linkOrganisation(db, actor, input),
});
const unlink = defineAction({
  permission: "programme.update",
  schema: linkOrganisationSchema,
  scope: (input) => ({ programmeId: input.programmeId }),
  run: ({ db, actor }, input) => unlinkOrganisation(db, actor, input),
});
const createAndLink = defineAction({
  permission: "programme.update",
  schema: createOrganisationForProgrammeSchema,
  scope: (input) => ({ programmeId: input.programmeId }),
  run: ({ db, actor }, input) => createOrganisationForProgramme(db, actor, input),
});

function refresh<R extends { ok: boolean }>(result: R): R {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function createProgrammeAction(values: unknown) {
  return refresh(await create(values));
}
export async function updateProgrammeAction(values: unknown) {
  return refresh(await update(values));
}
export async function setProgrammeStatusAction(values: unknown) {
  return refresh(await setStatus(values));
}
export async function linkOrganisationAction(values: unknown) {
  return refresh(await link(values));
}
export async function unlinkOrganisationAction(values: unknown) {
  return refresh(await unlink(values));
}
export async function createOrganisationForProgrammeAction(values: unknown) {
  return refresh(await createAndLink(values));
}

const translate = defineAction({
  permission: "programme.update",
  schema: saveProgrammeTranslationsSchema,
  scope: (input) => ({ programmeId: input.programmeId }),
  run: ({ db, actor }, input) => saveProgrammeTranslations(db, actor, input),
});
const setMainLanguage = defineAction({
  permission: "programme.update",
  schema: setProgrammeMainLanguageSchema,
  scope: (input) => ({ programmeId: input.programmeId }),
  run: ({ db, actor }, input) => setProgrammeMainLanguage(db, actor, input),
});

export async function saveProgrammeTranslationsAction(
  _prev: VersionedFormState,
  raw: unknown,
): Promise<VersionedFormState> {
  const data = formOf(raw);
  const result = await translate({
    programmeId: text(data, "programmeId"),
    version: text(data, "version"),
    language: text(data, "language"),
    fields: fieldsFromForm(data),
  });
  return answer(result, (await getTranslations("contentLanguages"))("saved"));
}

export async function setProgrammeMainLanguageAction(
  _prev: VersionedFormState,
  raw: unknown,
): Promise<VersionedFormState> {
  const data = formOf(raw);
  const result = await setMainLanguage({
    programmeId: text(data, "programmeId"),
    version: text(data, "version"),
    mainLanguage: text(data, "mainLanguage"),
  });
  return answer(result, (await getTranslations("contentLanguages"))("mainLanguageSaved"));
}

function answer(result: ActionResult<{ version: number }>, saved: string): VersionedFormState {
  if (!result.ok) return { ok: false, message: result.formError, version: null };
  revalidatePath("/", "layout");
  return { ok: true, message: saved, version: result.version };
}
