import { ClientMessages } from "@/components/i18n/client-messages";

/**
 * The password and email-link pages' forms get only their own messages (components/i18n/client-messages.tsx).
 * Sign-in and sign-up are outside this group: their forms take their words as props and load no next-intl.
 */
export default function AuthLinksLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["auth", "account", "nav"]}>{children}</ClientMessages>;
}
