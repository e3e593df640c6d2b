"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { postForm } from "@/components/participants/post-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/auth/action";

export type Attachment = { id: string; fileName: string; sizeBytes: number };

/** The proposal's attachments: uploaded to a route handler that checks the content and size. */
export function Attachments({
  cohortId,
  initial,
  editable,
  remove,
  ensureSaved,
}: {
  cohortId: string;
  initial: Attachment[];
  editable: boolean;
  remove: (input: { cohortId: string; attachmentId: string }) => Promise<ActionResult<Record<string, unknown>>>;
  ensureSaved: () => Promise<boolean>;
}) {
  const t = useTranslations("proposals");
  const [items, setItems] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (form: HTMLFormElement) => {
    setError(null);
    setBusy(true);
    await ensureSaved();
    const result = await postForm<{ attachment: Attachment }>(
      "/api/participants/proposals/attachments",
      new FormData(form),
    );
    setBusy(false);
    if (result.ok) {
      setItems((list) => [...list, result.attachment]);
      form.reset();
    } else setError(result.formError);
  };

  return (
    <section aria-labelledby="attachments" className="space-y-2">
      <h3 id="attachments" className="font-medium">
        {t("attachments")}
      </h3>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      {items.length === 0 ? (
        <p className="text-sm">{t("noAttachments")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {items.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-2">
              <a href={`/api/participants/proposals/attachments/${a.id}`} className="text-primary underline">
                {a.fileName}
              </a>
              <span className="text-muted-foreground">{t("kb", { size: Math.ceil(a.sizeBytes / 1024) })}</span>
              {editable ? (
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  aria-label={t("removeFile", { file: a.fileName })}
                  onClick={async () => {
                    const result = await remove({ cohortId, attachmentId: a.id });
                    if (result.ok) setItems((list) => list.filter((x) => x.id !== a.id));
                    else setError(result.formError);
                  }}
                >
                  {t("remove")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void upload(e.currentTarget);
          }}
        >
          <input type="hidden" name="cohortId" value={cohortId} />
          <div className="space-y-1">
            <Label htmlFor="attachment-file">{t("fileLabel")}</Label>
            <Input id="attachment-file" name="file" type="file" accept=".pdf,.png,.jpg,.jpeg,.docx,.pptx,.xlsx" />
          </div>
          <Button type="submit" variant="outline" disabled={busy}>
            {busy ? t("uploading") : t("attach")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
