import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getOwnApplicationView } from "@/lib/applications/queries";
import { requirePagePermission } from "@/lib/auth/guards";
import { formForReader } from "@/lib/calls/translations";
import { localTexts } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";

/**
 * The signed-in applicant's own application, or 404 (also for someone else's id), with the call's texts and
 * form in the reader's language where written, else the programme's main language (lib/i18n/content.ts).
 */
export async function loadApplicationPage(rawId: string, path: string) {
  const actor = await requirePagePermission("application.apply", path);
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  const [view, reader] = await Promise.all([getOwnApplicationView(getDb(), actor, id.data), getLocale()]);
  if (!view) notFound();
  const { callTranslations, mainLanguage, ...rest } = view;
  const texts = localTexts(
    { title: view.callTitle, confirmationMessage: view.confirmationMessage },
    callTranslations,
    mainLanguage,
    reader as AppLocale,
  );
  return {
    ...rest,
    callTitle: texts.title.text,
    callTitleText: texts.title,
    confirmationMessage: texts.confirmationMessage.text,
    confirmationLang: texts.confirmationMessage.lang,
    form: formForReader(view.form, callTranslations, mainLanguage, reader as AppLocale),
  };
}
