import { ClientMessages } from "@/components/i18n/client-messages";

/** A person's own pages: the messages of the forms on them (components/i18n/client-messages.tsx). */
export default function MeLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "account",
        "alumni",
        "auth",
        "common",
        "myData",
        "nominations",
        "participants",
        "profile",
        "proposals",
        "sessionPlace",
      ]}
    >
      {children}
    </ClientMessages>
  );
}
