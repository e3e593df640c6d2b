import { getLocale, getTranslations } from "next-intl/server";

const LANGUAGES = [
  { code: "en", label: "English" },
  { code: "ko", label: "한국어" },
  { code: "fr", label: "Français" },
];

export async function SiteFooter({ setLocale }: { setLocale: (formData: FormData) => Promise<void> }) {
  const [t, locale] = await Promise.all([getTranslations("nav"), getLocale()]);
  return (
    <footer className="mt-16 border-t bg-muted">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-muted-foreground">
        <p>Madang</p>
        <form action={setLocale} className="flex items-center gap-2">
          <label htmlFor="locale-select">{t("language")}</label>
          <select
            id="locale-select"
            name="locale"
            defaultValue={locale}
            className="rounded-md border border-input bg-background px-2 py-1 text-foreground"
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.label}
              </option>
            ))}
          </select>
          <button type="submit" className="rounded-md border bg-background px-2 py-1 text-foreground hover:bg-accent">
            OK
          </button>
        </form>
      </div>
    </footer>
  );
}
