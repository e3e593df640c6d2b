import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listConversations } from "@/lib/alumni/message-queries";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("messages") };
}

export default async function MessagesPage() {
  const actor = await requirePagePermission("alumni.message", "/alumni/messages");
  const [t, conversations] = await Promise.all([getTranslations("alumni"), listConversations(getDb(), actor.userId)]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("messagesTitle")}</h1>
        <p className="text-muted-foreground">{t("messagesIntro")}</p>
      </header>
      {conversations.length === 0 ? (
        <p>
          {t("noConversations")}{" "}
          <Link href="/alumni/directory" className="text-primary underline">
            {t("directory")}
          </Link>
        </p>
      ) : (
        <ul className="space-y-2">
          {conversations.map((c) => (
            <li key={c.otherId} className="rounded-lg border p-3">
              <Link href={`/alumni/messages/${c.otherId}`} className="font-medium hover:underline">
                {c.otherName}
              </Link>
              <p className="line-clamp-1 text-sm text-muted-foreground">
                {c.fromMe ? `${t("you")}: ` : ""}
                {c.body}
              </p>
              <p className="text-xs text-muted-foreground">{formatDateTime(c.createdAt, "UTC")}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
