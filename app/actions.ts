"use server";

import { formOf } from "@/lib/auth/form-data";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, signOut } from "@/lib/auth";

const setLocale = defineAction({
  permission: "public.read",
  schema: z.object({ locale: z.enum(["en", "ko", "fr"]) }),
  run: async (_ctx, input) => {
    (await cookies()).set("locale", input.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    return {};
  },
});

export async function setLocaleAction(raw: unknown): Promise<void> {
  const formData = formOf(raw);
  await setLocale({ locale: formData.get("locale") });
  revalidatePath("/", "layout");
}

export async function signOutAction(): Promise<void> {
  // Signing out needs no permission: the session being ended is the caller's own.
  await signOut({ redirectTo: "/" });
}
