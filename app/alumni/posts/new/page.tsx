import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PostForm } from "@/components/alumni/post-form";
import { timeZoneNames } from "@/lib/time";
import { requirePagePermission } from "@/lib/auth/guards";
import { createPostAction } from "../../actions";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("newPost") };
}

export default async function NewPostPage() {
  await requirePagePermission("alumni.post", "/alumni/posts/new");
  const t = await getTranslations("alumni");
  return (
    <Said areas={["alumni"]}>
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t("newPostTitle")}</h1>
        <PostForm timeZones={timeZoneNames()} defaultTimeZone="Asia/Seoul" save={createPostAction} />
      </div>
    </Said>
  );
}
