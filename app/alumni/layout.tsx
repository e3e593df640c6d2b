import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";

/** The network's own navigation: what each visitor may open, and nothing they may not. */
export default async function AlumniLayout({ children }: { children: React.ReactNode }) {
  const [actor, t] = await Promise.all([getActor(), getTranslations("alumni")]);
  const links = [
    { href: "/alumni", label: t("home") },
    { href: "/alumni/directory", label: t("directory") },
    { href: "/alumni/experts", label: t("experts") },
    ...(can(actor, "alumni.directory") ? [{ href: "/alumni/posts", label: t("posts") }] : []),
    ...(can(actor, "alumni.message") ? [{ href: "/alumni/messages", label: t("messages") }] : []),
    ...(can(actor, "alumni.editProfile") ? [{ href: "/me/alumni-profile", label: t("myProfile") }] : []),
  ];
  return (
    <div className="space-y-6">
      <nav aria-label={t("navLabel")}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 border-b pb-3 text-sm">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="hover:underline">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
