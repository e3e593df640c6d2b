"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { postForm } from "./post-form";

/** Staff upload a file for a session; the server checks its content and size. */
export function MaterialUpload({
  sessions,
  labels,
}: {
  sessions: { id: string; label: string }[];
  labels: { session: string; title: string; file: string; submit: string };
}) {
  const t = useTranslations("staffCohorts.materialUpload");
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        setBusy(true);
        const answer = await postForm<{ id: string }>("/api/participants/materials", new FormData(form));
        setBusy(false);
        setResult(answer.ok ? { ok: true, text: t("uploaded") } : { ok: false, text: answer.formError });
        if (answer.ok) {
          form.reset();
          router.refresh();
        }
      }}
    >
      {result && !result.ok ? <Alert variant="destructive">{result.text}</Alert> : null}
      <div className="space-y-2">
        <Label htmlFor="upload-session">{labels.session}</Label>
        <Select id="upload-session" name="sessionId" required>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-2">
        <Label htmlFor="upload-title">{labels.title}</Label>
        <Input id="upload-title" name="title" maxLength={200} />
      </div>
      <div className="space-y-2">
        <Label htmlFor="upload-file">{labels.file}</Label>
        <Input id="upload-file" name="file" type="file" required />
      </div>
      <Button type="submit" variant="outline" disabled={busy}>
        {busy ? t("uploading") : labels.submit}
      </Button>
      <p role="status" aria-live="polite" className={result?.ok ? "text-sm font-medium text-green-800" : "sr-only"}>
        {result?.ok ? result.text : ""}
      </p>
    </form>
  );
}
