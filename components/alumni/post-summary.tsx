import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import type { PostView } from "@/lib/alumni/post-queries";

export function PostSummary({ post }: { post: PostView }) {
  const t = useTranslations("alumni");
  return (
    <article className="space-y-2 rounded-lg border bg-card p-4" aria-labelledby={`post-${post.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant="outline">{t(`kind_${post.kind}`)}</Badge>
        {post.opportunityKind ? (
          <Badge variant="outline">{t(`opp_${post.opportunityKind as "call" | "job" | "grant" | "other"}`)}</Badge>
        ) : null}
        {post.isPinned ? <Badge>{t("pinned")}</Badge> : null}
        {post.isHidden ? <Badge variant="destructive">{t("hidden")}</Badge> : null}
      </div>
      <h2 id={`post-${post.id}`} className="text-lg font-semibold">
        <Link href={`/alumni/posts/${post.id}`} className="hover:underline">
          {post.title}
        </Link>
      </h2>
      {post.eventStartsAt ? (
        <p className="text-sm">{formatDateTime(post.eventStartsAt, post.eventTimeZone ?? "UTC")}</p>
      ) : null}
      <p className="line-clamp-3 text-sm text-muted-foreground">{post.body}</p>
      <p className="text-xs text-muted-foreground">
        {t("by", { name: post.authorName })} · {formatDateTime(post.createdAt, "UTC")} ·{" "}
        {t("commentsCount", { count: post.comments })}
        {post.kind === "event" ? ` · ${t("goingCount", { count: post.going })}` : ""}
      </p>
    </article>
  );
}
