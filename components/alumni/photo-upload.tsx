"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** Uploads or removes the profile photo; who sees it is chosen in the profile form below. */
export function PhotoUpload({ initialUrl }: { initialUrl: string | null }) {
  const t = useTranslations("alumni");
  const tp = useTranslations("alumni.photo");
  const [url, setUrl] = useState(initialUrl);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function call(method: "POST" | "DELETE") {
    setBusy(true);
    setError(null);
    const body = new FormData();
    if (file) body.set("photo", file);
    try {
      const response = await fetch("/api/me/alumni-photo", { method, body: method === "POST" ? body : undefined });
      const data = (await response.json()) as { ok: boolean; photoUrl?: string; formError?: string };
      if (!data.ok) setError(data.formError ?? tp("notSaved"));
      else setUrl(data.photoUrl ? `${data.photoUrl}?v=${Date.now()}` : null);
    } catch {
      setError(tp("network"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-end gap-4">
      {url ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by a route that checks the viewer
        <img src={url} alt={t("photoLabel")} width={80} height={80} className="h-20 w-20 rounded-full object-cover" />
      ) : null}
      <div className="space-y-1">
        <label htmlFor="photo-file" className="text-sm font-medium">
          {t("photoLabel")}
        </label>
        <Input
          id="photo-file"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby="photo-help"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <p id="photo-help" className="text-xs text-muted-foreground">
          {tp("help")}
        </p>
      </div>
      <Button type="button" variant="outline" disabled={!file || busy} onClick={() => void call("POST")}>
        {t("uploadPhoto")}
      </Button>
      {url ? (
        <Button type="button" variant="ghost" disabled={busy} onClick={() => void call("DELETE")}>
          {t("removePhoto")}
        </Button>
      ) : null}
      {error ? <Alert variant="destructive">{error}</Alert> : null}
    </div>
  );
}
