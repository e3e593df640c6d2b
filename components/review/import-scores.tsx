"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ImportTemplateLinks } from "@/components/imports/import-template-links";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportRow } from "@/lib/review/import";

type Answer =
  | {
      ok: true;
      dryRun: boolean;
      rows: ImportRow[];
      headerErrors: string[];
      valid: number;
      invalid: number;
      imported: number;
    }
  | { ok: false; formError: string };

/** Upload a jury's scores: check first (nothing is written), then import the same file. */
export function ImportScores({ callId }: { callId: string }) {
  const t = useTranslations("review");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [checkedName, setCheckedName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (dryRun: boolean) => {
    const file = input.current?.files?.[0];
    if (!file) return setAnswer({ ok: false, formError: t("importChoose") });
    setBusy(true);
    const body = new FormData();
    body.set("file", file);
    body.set("dryRun", String(dryRun));
    try {
      const response = await fetch(`/api/admin/calls/${callId}/scores`, { method: "POST", body });
      const data = (await response.json()) as Answer;
      setAnswer(data);
      if (data.ok && dryRun) setCheckedName(file.name);
      if (data.ok && !dryRun) router.refresh();
    } catch {
      setAnswer({ ok: false, formError: t("importNetwork") });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted-foreground">{t("importHelp")}</p>
      <ImportTemplateLinks href={`/api/admin/calls/${callId}/templates/scores`} />
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor="import-file" className="text-sm font-medium">
          {t("importFile")}
        </label>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="text-sm"
          onChange={() => (setCheckedName(null), setAnswer(null))}
        />
        <Button type="button" variant="outline" disabled={busy} onClick={() => send(true)}>
          {t("importCheck")}
        </Button>
        <Button
          type="button"
          disabled={busy || !checkedName || (answer?.ok === true && answer.invalid > 0)}
          onClick={() => send(false)}
        >
          {t("importRun")}
        </Button>
      </div>
      <div aria-live="polite">
        {busy ? <p className="text-sm">{t("working")}</p> : null}
        {answer && !answer.ok ? <Alert variant="destructive">{answer.formError}</Alert> : null}
        {answer?.ok ? (
          <div className="space-y-2">
            {answer.headerErrors.map((e) => (
              <Alert key={e} variant="destructive">
                {e}
              </Alert>
            ))}
            <p className="text-sm">
              {answer.dryRun
                ? t("importSummary", { valid: answer.valid, invalid: answer.invalid })
                : t("importDone", { imported: answer.imported })}
            </p>
            {answer.rows.length ? (
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead scope="col">{t("importLine")}</TableHead>
                    <TableHead scope="col">{t("reference")}</TableHead>
                    <TableHead scope="col">{t("importScores")}</TableHead>
                    <TableHead scope="col">{t("importOutcome")}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {answer.rows.slice(0, 200).map((r) => (
                    <TableRow key={r.line}>
                      <TableCell>{r.line}</TableCell>
                      <TableCell>{r.reference ?? r.key}</TableCell>
                      <TableCell>
                        {Object.entries(r.scores)
                          .map(([k, v]) => `${k} ${v}`)
                          .join(", ")}
                      </TableCell>
                      <TableCell className={r.errors.length ? "text-destructive" : ""}>
                        {r.errors.length ? r.errors.join(" ") : t(`importAction.${r.action ?? "create"}`)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
