import { ClientMessages } from "@/components/i18n/client-messages";

/** The reviewers' pages: the score and conflict forms. */
export default function ReviewLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["review", "common"]}>{children}</ClientMessages>;
}
