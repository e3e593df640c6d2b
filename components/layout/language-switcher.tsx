import { getLocale, getTranslations } from "next-intl/server";
import { LANGUAGE_NAMES, LOCALES } from "@/lib/i18n/request";

/** A labelled select and a button: works without JavaScript and from the keyboard alone. */
export async function LanguageSwitcher({ setLocale }: { setLocale: (formData: FormData) => Promise<void> }) {
  const [t, locale] = await Promise.all([getTranslations("nav"), getLocale()]);
  return (
    <form action={setLocale} className="flex items-center gap-2">
      <label htmlFor="locale-select">{t("language")}</label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={locale}
        className="rounded-md border border-input bg-background px-2 py-1 text-foreground"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded-md border bg-background px-2 py-1 text-foreground hover:bg-accent">
        {t("languageSubmit")}
      </button>
    </form>
  );
}
