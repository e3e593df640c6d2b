"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postForm } from "@/components/participants/post-form";
import { ImportTemplateLinks } from "@/components/imports/import-template-links";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Imported = { present: number; absent: number; unknown: string[]; problems: string[] };

export function AttendanceImport({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Imported | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        setBusy(true);
        setError(null);
        const result = await postForm<Imported>("/api/participants/attendance/import", new FormData(form));
        setBusy(false);
        if (result.ok) {
          setDone(result);
          router.refresh();
        } else setError(result.formError);
      }}
    >
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <input type="hidden" name="sessionId" value={sessionId} />
      <ImportTemplateLinks href="/api/participants/attendance/import/template" />
      <div className="flex flex-wrap gap-4">
        <div className="space-y-2">
          <Label htmlFor="import-file">CSV report (or .xlsx)</Label>
          <Input id="import-file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
        </div>
        <div className="space-y-2">
          <Label htmlFor="import-minutes">Minutes needed to count as present</Label>
          <Input id="import-minutes" name="minMinutes" type="number" min={0} max={600} defaultValue={30} className="w-28" />
        </div>
      </div>
      <Button type="submit" variant="outline" disabled={busy}>
        {busy ? "Importing…" : "Import attendance"}
      </Button>
      <div role="status" aria-live="polite" className="text-sm">
        {done ? (
          <>
            <p className="font-medium">
              Imported: {done.present} present, {done.absent} absent.
            </p>
            {done.unknown.length ? <p>Not participants of this session: {done.unknown.join(", ")}</p> : null}
            {done.problems.length ? <p>Rows skipped: {done.problems.join(" ")}</p> : null}
          </>
        ) : null}
      </div>
    </form>
  );
}
