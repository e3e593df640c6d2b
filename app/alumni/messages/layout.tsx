import { ClientMessages } from "@/components/i18n/client-messages";

/** The network's messages: their form. */
export default function MessagesLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["alumni"]}>{children}</ClientMessages>;
}
