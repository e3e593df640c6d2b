import { ClientMessages } from "@/components/i18n/client-messages";

/** The network's posts: their forms. */
export default function PostsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["alumni", "time"]}>{children}</ClientMessages>;
}
