import { useTranslations } from "next-intl";

/** Links to an import's template, in CSV and Excel, filled with the columns that import reads. */
export function ImportTemplateLinks({ href }: { href: string }) {
  const t = useTranslations("imports");
  const sep = href.includes("?") ? "&" : "?";
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <span>{t("template")}</span>
      <a className="underline underline-offset-4" href={`${href}${sep}format=csv`} download>
        {t("templateCsv")}
      </a>
      <a className="underline underline-offset-4" href={`${href}${sep}format=xlsx`} download>
        {t("templateXlsx")}
      </a>
    </p>
  );
}
