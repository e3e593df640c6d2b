import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export const metadata: Metadata = { title: "Verify a certificate" };

type Props = { searchParams: Promise<{ code?: string }> };

export default async function VerifyFormPage({ searchParams }: Props) {
  const { code } = await searchParams;
  if (code?.trim()) redirect(`/verify/${encodeURIComponent(code.trim().toUpperCase().slice(0, 40))}`);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Verify a certificate</h1>
      <form method="get" className="space-y-3">
        <div className="space-y-2">
          <Label htmlFor="code">Verification code, as printed on the certificate</Label>
          <Input id="code" name="code" autoComplete="off" maxLength={40} />
        </div>
        <Button type="submit">Verify</Button>
      </form>
    </div>
  );
}
