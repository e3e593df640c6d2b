import Link from "next/link";
import { getTranslations } from "next-intl/server";

const TABS = [
  { href: "", key: "settings" },
  { href: "/form", key: "form" },
  { href: "/translations", key: "translations" },
  { href: "/preview", key: "preview" },
  { href: "/applications", key: "applications" },
  { href: "/import", key: "import" },
  // Review, selection and decisions (their own pages carry the step-by-step navigation).
  { href: "/review", key: "review" },
  { href: "/selection", key: "selection" },
  { href: "/decisions", key: "decisions" },
] as const;

/** The pages of one call in the administration, with the current one marked. */
export async function CallNav({
  callId,
  current,
}: {
  callId: string;
  current: "Settings" | "Form" | "Translations" | "Preview" | "Applications" | "Import";
}) {
  const t = await getTranslations("callAdmin.tabs");
  return (
    <nav aria-label={t("nav")} className="border-b">
      <ul className="flex flex-wrap gap-4 text-sm">
        {TABS.map((tab) => {
          const active = tab.key === current.toLowerCase();
          return (
            <li key={tab.key}>
              <Link
                href={`/admin/calls/${callId}${tab.href}`}
                aria-current={active ? "page" : undefined}
                className={`inline-block pb-2 ${active ? "border-b-2 border-primary font-semibold" : "hover:underline"}`}
              >
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
