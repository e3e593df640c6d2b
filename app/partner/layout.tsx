import { ClientMessages } from "@/components/i18n/client-messages";

/** The partners' pages: the timetable view. */
export default function PartnerLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["timetable"]}>{children}</ClientMessages>;
}
