import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verify"))("formTitle") };
}

type Props = { searchParams: Promise<{ code?: string }> };

export default async function VerifyFormPage({ searchParams }: Props) {
  const { code } = await searchParams;
  if (code?.trim()) redirect(`/verify/${encodeURIComponent(code.trim().toUpperCase().slice(0, 40))}`);
  const t = await getTranslations("verify");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("formTitle")}</h1>
      <form method="get" className="space-y-3">
        <div className="space-y-2">
          <Label htmlFor="code">{t("codeLabel")}</Label>
          <Input id="code" name="code" autoComplete="off" maxLength={40} />
        </div>
        <Button type="submit">{t("submit")}</Button>
      </form>
    </div>
  );
}
