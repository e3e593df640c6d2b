import Link from "next/link";

const TABS = [
  { href: "", label: "Settings" },
  { href: "/form", label: "Form" },
  { href: "/preview", label: "Preview" },
  { href: "/applications", label: "Applications" },
  { href: "/import", label: "Import" },
  // Review, selection and decisions (their own pages carry the step-by-step navigation).
  { href: "/review", label: "Review" },
  { href: "/selection", label: "Selection" },
  { href: "/decisions", label: "Decisions" },
] as const;

/** The pages of one call in the administration, with the current one marked. */
export function CallNav({ callId, current }: { callId: string; current: (typeof TABS)[number]["label"] }) {
  return (
    <nav aria-label="This call" className="border-b">
      <ul className="flex flex-wrap gap-4 text-sm">
        {TABS.map((tab) => (
          <li key={tab.label}>
            <Link href={`/admin/calls/${callId}${tab.href}`} aria-current={tab.label === current ? "page" : undefined} className={`inline-block pb-2 ${tab.label === current ? "border-b-2 border-primary font-semibold" : "hover:underline"}`}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
