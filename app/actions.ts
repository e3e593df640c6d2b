"use server";

import { formOf } from "@/lib/auth/form-data";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, signOut } from "@/lib/auth";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS, LOCALES } from "@/lib/i18n/request";
import { saveAccountLocale } from "@/lib/users/locale";

// Anyone may choose a language: this browser remembers it, and a signed-in person's account too, so
// emails and the next sign-in elsewhere follow it.
const setLocale = defineAction({
  permission: "public.read",
  schema: z.object({ locale: z.enum(LOCALES) }),
  run: async ({ actor, db }, input) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, LOCALE_COOKIE_OPTIONS);
    if (actor) await saveAccountLocale(db, actor.userId, input.locale);
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
