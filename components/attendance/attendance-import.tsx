"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ImportTemplateLinks } from "@/components/imports/import-template-links";
import { postForm } from "@/components/participants/post-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Imported = { dryRun: boolean; present: number; absent: number; unknown: string[]; problems: string[] };

/** Check an online class's report (nothing written), then import it whole. */
export function AttendanceImport({ sessionId }: { sessionId: string }) {
  const t = useTranslations("staffCohorts.attendanceImport");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Imported | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(dryRun: boolean) {
    const form = formRef.current;
    if (!form?.reportValidity()) return;
    const body = new FormData(form);
    body.set("dryRun", String(dryRun));
    setBusy(true);
    setError(null);
    const result = await postForm<Imported>("/api/participants/attendance/import", body);
    setBusy(false);
    if (!result.ok) return setError(result.formError);
    setDone(result);
    if (!dryRun) router.refresh();
  }

  return (
    <form
      ref={formRef}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void send(false);
      }}
    >
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <input type="hidden" name="sessionId" value={sessionId} />
      <ImportTemplateLinks href="/api/participants/attendance/import/template" />
      <div className="flex flex-wrap gap-4">
        <div className="space-y-2">
          <Label htmlFor="import-file">{t("file")}</Label>
          <Input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            onChange={() => setDone(null)}
          />
        </div>
        <div className="space-y-2">
          <Label htmlFor="import-minutes">{t("minutes")}</Label>
          <Input
            id="import-minutes"
            name="minMinutes"
            type="number"
            min={0}
            max={600}
            defaultValue={30}
            className="w-28"
          />
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="outline" disabled={busy} onClick={() => void send(true)}>
          {t("check")}
        </Button>
        <Button type="submit" variant="outline" disabled={busy || (done?.dryRun === true && done.problems.length > 0)}>
          {busy ? t("working") : t("import")}
        </Button>
      </div>
      <div role="status" aria-live="polite" className="text-sm">
        {done ? (
          <>
            <p className="font-medium">
              {t(done.dryRun ? "checked" : "imported", { present: done.present, absent: done.absent })}
            </p>
            {done.unknown.length ? <p>{t("unknown", { list: done.unknown.join(", ") })}</p> : null}
            {done.problems.length ? <p>{t("problems", { list: done.problems.join(" ") })}</p> : null}
          </>
        ) : null}
      </div>
    </form>
  );
}
