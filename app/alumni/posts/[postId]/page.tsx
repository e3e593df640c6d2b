import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ReportForm } from "@/components/alumni/report-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { getDb } from "@/db/client";
import { getPost } from "@/lib/alumni/post-queries";
import { COMMENT_MAX } from "@/lib/alumni/schemas";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { commentAction, hideCommentAction, moderatePostAction, reportAction, rsvpAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("post") };
}

export default async function PostPage({ params }: { params: Promise<{ postId: string }> }) {
  const parsed = z.uuid().safeParse((await params).postId);
  if (!parsed.success) notFound();
  const actor = await requirePagePermission("alumni.directory", `/alumni/posts/${parsed.data}`);
  const moderator = can(actor, "alumni.moderate");
  const [t, data] = await Promise.all([
    getTranslations("alumni"),
    getPost(getDb(), { userId: actor.userId, canModerate: moderator }, parsed.data),
  ]);
  if (!data) notFound();
  const { post, comments, attendees } = data;
  const zone = post.eventTimeZone ?? "UTC";
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant="outline">{t(`kind_${post.kind}`)}</Badge>
          {post.opportunityKind ? (
            <Badge variant="outline">{t(`opp_${post.opportunityKind as "call" | "job" | "grant" | "other"}`)}</Badge>
          ) : null}
          {post.isPinned ? <Badge>{t("pinned")}</Badge> : null}
          {post.isHidden ? <Badge variant="destructive">{t("hidden")}</Badge> : null}
        </div>
        <h1 className="text-3xl font-bold">{post.title}</h1>
        <p className="text-sm text-muted-foreground">
          <Link href={`/alumni/profile/${post.authorId}`} className="underline">
            {t("by", { name: post.authorName })}
          </Link>{" "}
          · {formatDateTime(post.createdAt, "UTC")}
        </p>
      </header>
      <p className="max-w-3xl whitespace-pre-line">{post.body}</p>
      {post.link ? (
        <p>
          <span className="font-medium">{t("link")}:</span>{" "}
          <a href={post.link} rel="noopener noreferrer nofollow" className="text-primary underline">
            {post.link}
          </a>
        </p>
      ) : null}
      {post.kind === "event" && post.eventStartsAt && post.eventEndsAt ? (
        <section aria-labelledby="event-heading" className="space-y-3 rounded-lg border p-4">
          <h2 id="event-heading" className="text-xl font-semibold">
            {t("kind_event")}
          </h2>
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium">{t("when")}</dt>
              <dd>
                {formatDateTime(post.eventStartsAt, zone)} – {formatDateTime(post.eventEndsAt, zone)} ({zone})
              </dd>
            </div>
            {post.eventLocation ? (
              <div>
                <dt className="font-medium">{t("where")}</dt>
                <dd>{post.eventLocation}</dd>
              </div>
            ) : null}
          </dl>
          <p className="text-sm">{t("goingCount", { count: post.going })}</p>
          <div className="flex flex-wrap items-center gap-3">
            {can(actor, "alumni.post") ? (
              <form action={rsvpAction}>
                <input type="hidden" name="postId" value={post.id} />
                <input type="hidden" name="going" value={post.mine ? "false" : "true"} />
                <Button type="submit" variant={post.mine ? "outline" : "default"}>
                  {post.mine ? t("unrsvp") : t("rsvp")}
                </Button>
              </form>
            ) : null}
            {post.mine ? <p className="text-sm font-medium">{t("youAreGoing")}</p> : null}
            <a href={`/api/alumni/posts/${post.id}/ics`} className="text-sm text-primary underline" download>
              {t("downloadIcs")}
            </a>
          </div>
          {attendees.length ? (
            <div className="text-sm">
              <h3 className="font-medium">{t("whoIsGoing")}</h3>
              <p>{attendees.map((a) => a.name).join(", ")}</p>
            </div>
          ) : null}
        </section>
      ) : null}
      {moderator ? (
        <section aria-labelledby="moderation-heading" className="space-y-2 rounded-lg border border-dashed p-4">
          <h2 id="moderation-heading" className="font-semibold">
            {t("moderation")}
          </h2>
          <div className="flex flex-wrap gap-2">
            <form action={moderatePostAction}>
              <input type="hidden" name="postId" value={post.id} />
              <input type="hidden" name="action" value={post.isHidden ? "unhide" : "hide"} />
              <Button type="submit" variant="outline" size="sm">
                {post.isHidden ? t("unhide") : t("hide")}
              </Button>
            </form>
            <form action={moderatePostAction}>
              <input type="hidden" name="postId" value={post.id} />
              <input type="hidden" name="action" value={post.isPinned ? "unpin" : "pin"} />
              <Button type="submit" variant="outline" size="sm">
                {post.isPinned ? t("unpin") : t("pin")}
              </Button>
            </form>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="comments-heading" className="space-y-3">
        <h2 id="comments-heading" className="text-xl font-semibold">
          {t("comments")}
        </h2>
        {comments.length === 0 ? (
          <p className="text-sm">{t("noComments")}</p>
        ) : (
          <ul className="space-y-2">
            {comments.map((c) => (
              <li key={c.id} className="rounded-md border p-3 text-sm">
                <p className="text-xs text-muted-foreground">
                  {c.authorName} · {formatDateTime(c.createdAt, "UTC")}{" "}
                  {c.isHidden ? <Badge variant="destructive">{t("hidden")}</Badge> : null}
                </p>
                <p className="whitespace-pre-line">{c.body}</p>
                {moderator ? (
                  <form action={hideCommentAction} className="mt-1">
                    <input type="hidden" name="commentId" value={c.id} />
                    <input type="hidden" name="hidden" value={c.isHidden ? "false" : "true"} />
                    <Button type="submit" variant="link" size="sm" className="h-auto p-0">
                      {c.isHidden ? t("showComment") : t("hideComment")}
                    </Button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {can(actor, "alumni.comment") ? (
          <form action={commentAction} className="max-w-2xl space-y-2">
            <input type="hidden" name="postId" value={post.id} />
            <label htmlFor="comment-body" className="text-sm font-medium">
              {t("addComment")}
            </label>
            <Textarea id="comment-body" name="body" required maxLength={COMMENT_MAX} rows={3} />
            <Button type="submit" size="sm">
              {t("postComment")}
            </Button>
          </form>
        ) : null}
      </section>
      {can(actor, "alumni.message") && post.authorId !== actor.userId ? (
        <ReportForm target={{ postId: post.id }} report={reportAction} />
      ) : null}
    </article>
  );
}
