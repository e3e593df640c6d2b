"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { createCountryGroup, deleteCountryGroup, updateCountryGroup } from "@/lib/geo/country-groups";
import { createCountryGroupSchema, deleteCountryGroupSchema, updateCountryGroupSchema } from "@/lib/geo/schemas";

const create = defineAction({
  permission: "call.manage",
  schema: createCountryGroupSchema,
  run: ({ db, actor }, i) => createCountryGroup(db, actor, i),
});
const update = defineAction({
  permission: "call.manage",
  schema: updateCountryGroupSchema,
  run: ({ db, actor }, i) => updateCountryGroup(db, actor, i),
});
const remove = defineAction({
  permission: "call.manage",
  schema: deleteCountryGroupSchema,
  run: ({ db, actor }, i) => deleteCountryGroup(db, actor, i),
});

const refresh = <R extends { ok: boolean }>(result: R): R => {
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
};

export async function createCountryGroupAction(input: unknown) {
  return refresh(await create(input));
}
export async function updateCountryGroupAction(input: unknown) {
  return refresh(await update(input));
}
export async function deleteCountryGroupAction(input: unknown) {
  return refresh(await remove(input));
}
