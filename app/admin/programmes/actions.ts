"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { createOrganisationForProgramme } from "@/lib/organisations/commands";
import { createOrganisationForProgrammeSchema } from "@/lib/organisations/schemas";
import {
  createProgramme,
  linkOrganisation,
  setProgrammeStatus,
  unlinkOrganisation,
  updateProgramme,
} from "@/lib/programmes/commands";
import {
  createProgrammeSchema,
  linkOrganisationSchema,
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
