import { ClientMessages } from "@/components/i18n/client-messages";

/** A call's page: its start button and its form's preview. */
export default function CallLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["calls", "apply"]}>{children}</ClientMessages>;
}
