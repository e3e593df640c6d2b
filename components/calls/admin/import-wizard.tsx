"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ImportGenderWords, needsConfirmation, type GenderWord } from "@/components/imports/import-gender-words";
import { ImportTemplateLinks } from "@/components/imports/import-template-links";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Target = { value: string; label: string };
type Preview = { headers: string[]; sample: string[][]; rowCount: number; mapping: string[] };
type Check = {
  ready: number;
  rowCount: number;
  errors: { line: number; messages: string[] }[];
  genderWords: GenderWord[];
};

async function post(url: string, file: File, mode: string, mapping?: string[], gendersConfirmed = false) {
  const body = new FormData();
  body.set("file", file);
  body.set("mode", mode);
  if (mapping) body.set("mapping", JSON.stringify(mapping));
  if (gendersConfirmed) body.set("gendersConfirmed", "true");
  return fetch(url, { method: "POST", body });
}

/** Upload, map columns, check every row (nothing written), then import all or nothing with progress. */
export function ImportWizard({ callId, targets }: { callId: string; targets: Target[] }) {
  const t = useTranslations("callAdmin.importer");
  const url = `/api/admin/calls/${callId}/import`;
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<string[]>([]);
  const [check, setCheck] = useState<Check | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [gendersConfirmed, setGendersConfirmed] = useState(false);

  async function choose(chosen: File) {
    setFile(chosen);
    setPreview(null);
    setCheck(null);
    setResult(null);
    setError(null);
    setBusy(true);
    const response = await post(url, chosen, "preview").catch(() => null);
    const data = (await response?.json().catch(() => null)) as
      ({ ok: true } & Preview) | { ok: false; formError: string } | null;
    setBusy(false);
    if (!data?.ok) return setError(data && !data.ok ? data.formError : t("unreadable"));
    setPreview(data);
    setMapping(data.mapping);
  }

  async function runCheck() {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    const response = await post(url, file, "check", mapping).catch(() => null);
    const data = (await response?.json().catch(() => null)) as
      ({ ok: true } & Check) | { ok: false; formError: string } | null;
    setBusy(false);
    if (!data?.ok) return setError(data && !data.ok ? data.formError : t("checkFailed"));
    setGendersConfirmed(false);
    setCheck(data);
  }

  async function runImport() {
    if (!file) return;
    setBusy(true);
    setError(null);
    setProgress({ done: 0, total: check?.ready ?? 0 });
    const response = await post(url, file, "import", mapping, gendersConfirmed).catch(() => null);
    if (!response?.body) {
      setBusy(false);
      return setError(t("cannotStart"));
    }
    if (!response.headers.get("content-type")?.includes("ndjson")) {
      const data = (await response.json().catch(() => null)) as { formError?: string } | null;
      setBusy(false);
      return setError(`${data?.formError ?? t("failed")} ${t("nothingImported")}`);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines.filter(Boolean)) {
        const event = JSON.parse(line) as {
          type: string;
          done?: number;
          total?: number;
          imported?: number;
          newAccounts?: number;
          formError?: string;
        };
        if (event.type === "progress") setProgress({ done: event.done ?? 0, total: event.total ?? 0 });
        if (event.type === "done")
          setResult(t("done", { imported: event.imported ?? 0, newAccounts: event.newAccounts ?? 0 }));
        if (event.type === "error") setError(`${event.formError ?? t("failed")} ${t("nothingImported")}`);
      }
    }
    setBusy(false);
    setCheck(null);
  }

  return (
    <div className="space-y-6">
      <ImportTemplateLinks href={`/api/admin/calls/${callId}/templates/applications`} />
      <div className="space-y-2">
        <Label htmlFor="import-file">{t("file")}</Label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => e.target.files?.[0] && void choose(e.target.files[0])}
          className="block text-sm"
        />
      </div>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      {preview ? (
        <section aria-labelledby="mapping-heading" className="space-y-3">
          <h2 id="mapping-heading" className="text-xl font-semibold">
            {t("mapTitle", { count: preview.rowCount })}
          </h2>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t("column")}</TableHead>
                <TableHead scope="col">{t("firstValues")}</TableHead>
                <TableHead scope="col">{t("goesTo")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.headers.map((header, i) => (
                <TableRow key={i}>
                  <TableCell className="font-medium">{header}</TableCell>
                  <TableCell className="text-xs text-muted-foreground">
                    {preview.sample
                      .map((r) => r[i])
                      .filter(Boolean)
                      .slice(0, 3)
                      .join(" · ")}
                  </TableCell>
                  <TableCell>
                    <NativeSelect
                      aria-label={t("columnGoesTo", { header })}
                      value={mapping[i] ?? ""}
                      onChange={(e) => {
                        setMapping((m) => m.map((v, j) => (j === i ? e.target.value : v)));
                        setCheck(null);
                      }}
                    >
                      <option value="">{t("ignore")}</option>
                      {targets.map((t) => (
                        <option key={t.value} value={t.value}>
                          {t.label}
                        </option>
                      ))}
                    </NativeSelect>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button type="button" onClick={() => void runCheck()} disabled={busy}>
            {t("check")}
          </Button>
        </section>
      ) : null}
      {check ? (
        <section aria-labelledby="check-heading" className="space-y-3">
          <h2 id="check-heading" className="text-xl font-semibold">
            {t("checkTitle", { ready: check.ready, total: check.rowCount, errors: check.errors.length })}
          </h2>
          {check.errors.length ? (
            <>
              <p>{t("fixRows")}</p>
              <ul className="space-y-1 text-sm">
                {check.errors.map((e) => (
                  <li key={e.line}>
                    <strong>{t("line", { line: e.line })}</strong> {e.messages.join(" ")}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <ImportGenderWords
                words={check.genderWords}
                confirmed={gendersConfirmed}
                onConfirm={setGendersConfirmed}
              />
              <Button
                type="button"
                onClick={() => void runImport()}
                disabled={busy || (needsConfirmation(check.genderWords) && !gendersConfirmed)}
              >
                {t("import", { count: check.ready })}
              </Button>
            </>
          )}
        </section>
      ) : null}
      {progress ? (
        <div className="space-y-1">
          <div
            role="progressbar"
            aria-label={t("progress")}
            aria-valuemin={0}
            aria-valuemax={progress.total || 1}
            aria-valuenow={progress.done}
            className="h-2 w-full overflow-hidden rounded-full bg-muted"
          >
            <div
              className="h-full bg-primary"
              style={{ width: `${progress.total ? (progress.done / progress.total) * 100 : 0}%` }}
            />
          </div>
          <p className="text-sm text-muted-foreground">
            {t("progressText", { done: progress.done, total: progress.total })}
          </p>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="font-medium">
        {result}
      </p>
    </div>
  );
}
