import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { MessageForm } from "@/components/alumni/message-form";
import { ReportForm } from "@/components/alumni/report-form";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { getThread } from "@/lib/alumni/message-queries";
import { MESSAGES_PER_DAY } from "@/lib/alumni/message-commands";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { blockAction, reportAction, sendMessageAction } from "../../actions";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("conversation") };
}

/** A conversation between two alumni: names only, never an address. */
export default async function ThreadPage({ params }: { params: Promise<{ userId: string }> }) {
  const parsed = z.uuid().safeParse((await params).userId);
  if (!parsed.success) notFound();
  const actor = await requirePagePermission("alumni.message", `/alumni/messages/${parsed.data}`);
  if (parsed.data === actor.userId) notFound();
  const [t, thread] = await Promise.all([getTranslations("alumni"), getThread(getDb(), actor.userId, parsed.data)]);
  if (!thread) notFound();
  const lastReceived = [...thread.messages].reverse().find((m) => !m.fromMe);
  return (
    <Said areas={["alumni"]}>
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{t("conversationWith", { name: thread.other.name })}</h1>
        <p className="text-sm text-muted-foreground">
          {t("messagesIntro")} {t("rateLimit", { count: MESSAGES_PER_DAY })}{" "}
          <Link href={`/alumni/profile/${thread.other.id}`} className="text-primary underline">
            {t("profileTitle")}
          </Link>
        </p>
      </header>
      {thread.messages.length ? (
        <ol className="space-y-2" aria-label={t("messagesTitle")}>
          {thread.messages.map((m) => (
            <li key={m.id} className={`max-w-xl rounded-lg border p-3 text-sm ${m.fromMe ? "ml-auto bg-accent" : ""}`}>
              <p className="text-xs text-muted-foreground">
                {m.fromMe ? t("you") : thread.other.name} · {formatDateTime(m.createdAt, "UTC")}
              </p>
              <p className="whitespace-pre-line">{m.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {thread.iBlocked ? <p role="status">{t("blockedByYou")}</p> : thread.blockedMe ? <p role="status">{t("blockedYou")}</p> : null}
      {!thread.iBlocked ? <MessageForm recipientId={thread.other.id} send={sendMessageAction} /> : null}
      <div className="flex flex-wrap items-start gap-4 border-t pt-4">
        <form action={blockAction}>
          <input type="hidden" name="userId" value={thread.other.id} />
          <input type="hidden" name="blocked" value={thread.iBlocked ? "false" : "true"} />
          <Button type="submit" variant="outline" size="sm">
            {thread.iBlocked ? t("unblock") : t("block")}
          </Button>
        </form>
        <ReportForm target={lastReceived ? { messageId: lastReceived.id } : { userId: thread.other.id }} report={reportAction} />
      </div>
    </div>
    </Said>
  );
}
