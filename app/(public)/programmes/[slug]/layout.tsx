import { ClientMessages } from "@/components/i18n/client-messages";

/** A programme's page: its timetable view. */
export default function ProgrammeLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["timetable"]}>{children}</ClientMessages>;
}
