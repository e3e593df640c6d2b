"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import {
  addNetworkMember,
  createNetwork,
  createOrganisation,
  removeNetworkMember,
  updateOrganisation,
} from "@/lib/organisations/commands";
import {
  addNetworkMemberSchema,
  createNetworkSchema,
  createOrganisationSchema,
  removeNetworkMemberSchema,
  updateOrganisationSchema,
} from "@/lib/organisations/schemas";

const actions = {
  create: defineAction({
    permission: "organisation.manage",
    schema: createOrganisationSchema,
    run: ({ db, actor }, i) => createOrganisation(db, actor, i),
  }),
  update: defineAction({
    permission: "organisation.manage",
    schema: updateOrganisationSchema,
    run: ({ db, actor }, i) => updateOrganisation(db, actor, i),
  }),
  createNetwork: defineAction({
    permission: "organisation.manage",
    schema: createNetworkSchema,
    run: ({ db, actor }, i) => createNetwork(db, actor, i),
  }),
  addMember: defineAction({
    permission: "organisation.manage",
    schema: addNetworkMemberSchema,
    run: ({ db, actor }, i) => addNetworkMember(db, actor, i),
  }),
  removeMember: defineAction({
    permission: "organisation.manage",
    schema: removeNetworkMemberSchema,
    run: ({ db, actor }, i) => removeNetworkMember(db, actor, i),
  }),
};

function refresh<R extends { ok: boolean }>(result: R): R {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function createOrganisationAction(values: unknown) {
  return refresh(await actions.create(values));
}
export async function updateOrganisationAction(values: unknown) {
  return refresh(await actions.update(values));
}
export async function createNetworkAction(values: unknown) {
  return refresh(await actions.createNetwork(values));
}
export async function addNetworkMemberAction(values: unknown) {
  return refresh(await actions.addMember(values));
}
export async function removeNetworkMemberAction(values: unknown) {
  return refresh(await actions.removeMember(values));
}
