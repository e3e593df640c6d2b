import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PostSummary } from "@/components/alumni/post-summary";
import { Pager } from "@/components/ui/pager";
import { getDb } from "@/db/client";
import { listPosts } from "@/lib/alumni/post-queries";
import { POST_KINDS } from "@/lib/alumni/schemas";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("posts") };
}

const paramsSchema = z.object({
  kind: z.enum(POST_KINDS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export default async function PostsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("alumni.directory", "/alumni/posts");
  const params = paramsSchema.parse(await searchParams);
  const reader = { userId: actor.userId, canModerate: can(actor, "alumni.moderate") };
  const [t, result] = await Promise.all([getTranslations("alumni"), listPosts(getDb(), reader, params)]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const tabs = [
    { key: undefined, label: t("allKinds") },
    ...POST_KINDS.map((k) => ({ key: k, label: t(`kind_${k}`) })),
  ];
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("postsTitle")}</h1>
        {can(actor, "alumni.post") ? (
          <Link href="/alumni/posts/new" className="rounded-md bg-primary px-4 py-2 text-sm text-primary-foreground">
            {t("newPost")}
          </Link>
        ) : null}
      </header>
      <nav aria-label={t("kind")}>
        <ul className="flex flex-wrap gap-3 text-sm">
          {tabs.map((tab) => (
            <li key={tab.label}>
              <Link
                href={tab.key ? `/alumni/posts?kind=${tab.key}` : "/alumni/posts"}
                aria-current={params.kind === tab.key ? "page" : undefined}
                className="rounded-md border px-3 py-1 aria-[current=page]:bg-accent"
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {result.items.length === 0 ? (
        <p>{t("postsEmpty")}</p>
      ) : (
        <ul className="space-y-3">
          {result.items.map((post) => (
            <li key={post.id}>
              <PostSummary post={post} />
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={result.page}
        total={result.total}
        pageSize={result.pageSize}
        href={(page) =>
          `/alumni/posts?${new URLSearchParams({ ...(params.kind ? { kind: params.kind } : {}), page: String(page) })}`
        }
        labels={{
          previous: t("previous"),
          next: t("next"),
          page: t("page", { page: result.page, pages }),
          nav: t("pagination"),
        }}
      />
    </div>
  );
}
