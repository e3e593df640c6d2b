import { ClientMessages } from "@/components/i18n/client-messages";

/** The alumni claim form also speaks the network's messages. */
export default function ClaimLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["alumni", "account", "auth", "nav"]}>{children}</ClientMessages>;
}
