"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ImportGenderWords, needsConfirmation, type GenderWord } from "@/components/imports/import-gender-words";
import { ImportTemplateLinks } from "@/components/imports/import-template-links";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Plan = {
  ok: true;
  mode: "dry-run";
  total: number;
  valid: number;
  invalid: { row: number; errors: string[]; values: Record<string, string> }[];
  missingColumns: string[];
  newAccounts: number;
  existingAccounts: number;
  alreadyAlumni: number;
  newCohorts: { programmeTitle: string; year: number }[];
  genderWords: GenderWord[];
};
type Done = {
  ok: true;
  mode: "commit";
  imported: number;
  excluded: number;
  newAccounts: number;
  enrolled: number;
  invitations: number;
  newCohorts: number;
};
type Failure = { ok: false; formError: string };

/** Upload → dry run → import. The file stays chosen, and is sent again for the import. */
export function ImportForm() {
  const t = useTranslations("alumni");
  const ti = useTranslations("alumni.importForm");
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exclude, setExclude] = useState(false);
  const [busy, setBusy] = useState(false);
  const [gendersConfirmed, setGendersConfirmed] = useState(false);

  async function send(mode: "dry-run" | "commit") {
    if (!file) return setError(ti("chooseFile"));
    setBusy(true);
    setError(null);
    const body = new FormData();
    body.set("file", file);
    body.set("mode", mode);
    body.set("excludeInvalid", exclude ? "true" : "false");
    if (gendersConfirmed) body.set("gendersConfirmed", "true");
    try {
      const response = await fetch("/api/admin/alumni/import", { method: "POST", body });
      const data = (await response.json()) as Plan | Done | Failure;
      if (!data.ok) setError(data.formError);
      else if (data.mode === "dry-run") {
        setPlan(data);
        setGendersConfirmed(false);
        setDone(null);
      } else setDone(data);
    } catch {
      setError(ti("network"));
    } finally {
      setBusy(false);
    }
  }

  const canImport =
    plan &&
    plan.missingColumns.length === 0 &&
    plan.valid > 0 &&
    (plan.invalid.length === 0 || exclude) &&
    (!needsConfirmation(plan.genderWords) || gendersConfirmed) &&
    !done;
  return (
    <div className="space-y-6">
      <ImportTemplateLinks href="/api/admin/alumni/import/template" />
      <form
        className="flex max-w-xl flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void send("dry-run");
        }}
      >
        <div className="flex-1 space-y-1">
          <label htmlFor="import-file" className="text-sm font-medium">
            {t("file")}
          </label>
          <Input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPlan(null);
              setDone(null);
              setExclude(false);
            }}
          />
        </div>
        <Button type="submit" disabled={busy || !file}>
          {busy ? t("working") : t("dryRun")}
        </Button>
      </form>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      {plan ? (
        <section aria-labelledby="plan-heading" className="space-y-3" aria-live="polite">
          <h2 id="plan-heading" className="text-xl font-semibold">
            {ti("planHeading", { total: plan.total, valid: plan.valid, invalid: plan.invalid.length })}
          </h2>
          {plan.missingColumns.length ? (
            <Alert variant="destructive">{ti("missingColumns", { columns: plan.missingColumns.join(", ") })}</Alert>
          ) : null}
          <ul className="list-disc pl-5 text-sm">
            <li>{ti("newAccounts", { n: plan.newAccounts })}</li>
            <li>{ti("existingAccounts", { n: plan.existingAccounts })}</li>
            <li>{ti("alreadyAlumni", { n: plan.alreadyAlumni })}</li>
            {plan.newCohorts.length ? (
              <li>
                {ti("newCohorts", { list: plan.newCohorts.map((c) => `${c.programmeTitle} ${c.year}`).join("; ") })}
              </li>
            ) : null}
          </ul>
          {plan.invalid.length ? (
            <Table>
              <caption className="pb-2 text-left text-sm font-medium">{ti("problemsCaption")}</caption>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">{ti("row")}</TableHead>
                  <TableHead scope="col">{ti("name")}</TableHead>
                  <TableHead scope="col">{ti("email")}</TableHead>
                  <TableHead scope="col">{ti("problems")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.invalid.map((r) => (
                  <TableRow key={r.row}>
                    <TableCell>{r.row}</TableCell>
                    <TableCell>{r.values.name}</TableCell>
                    <TableCell>{r.values.email}</TableCell>
                    <TableCell>{r.errors.join(" ")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
          <ImportGenderWords words={plan.genderWords} confirmed={gendersConfirmed} onConfirm={setGendersConfirmed} />
          {plan.invalid.length && plan.valid ? (
            <div className="flex items-center gap-2">
              <input
                id="exclude-invalid"
                type="checkbox"
                className="h-4 w-4"
                checked={exclude}
                onChange={(e) => setExclude(e.target.checked)}
              />
              <label htmlFor="exclude-invalid" className="text-sm">
                {t("excludeInvalid")} ({plan.invalid.length})
              </label>
            </div>
          ) : null}
          <Button type="button" disabled={!canImport || busy} onClick={() => void send("commit")}>
            {t("doImport")} {plan.valid}
          </Button>
        </section>
      ) : null}
      {done ? (
        <Alert>
          {ti("done", {
            imported: done.imported,
            newAccounts: done.newAccounts,
            invitations: done.invitations,
            newCohorts: done.newCohorts,
            excluded: done.excluded,
          })}
        </Alert>
      ) : null}
    </div>
  );
}
