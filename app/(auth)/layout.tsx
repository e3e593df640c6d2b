import { ClientMessages } from "@/components/i18n/client-messages";

/** The sign-in, sign-up and password pages' forms get only their own messages (components/i18n/client-messages.tsx). */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["auth", "account", "nav"]}>{children}</ClientMessages>;
}
