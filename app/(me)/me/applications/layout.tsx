import { ClientMessages } from "@/components/i18n/client-messages";

/** The application form and its review carry only the form's messages, so they stay light on a phone. */
export default function ApplicationLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["apply"]}>{children}</ClientMessages>;
}
