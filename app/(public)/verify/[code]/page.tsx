import type { Metadata } from "next";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { verifyCertificate } from "@/lib/graduation/queries";

export const metadata: Metadata = { title: "Verify a certificate", robots: { index: false } };

type Props = { params: Promise<{ code: string }> };

/** Public: says whether a certificate code is valid, and shows only the name, the programme and the date. */
export default async function VerifyPage({ params }: Props) {
  await connection();
  const { code } = await params;
  const decoded = decodeURIComponent(code).slice(0, 40);
  const certificate = await verifyCertificate(getDb(), decoded);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Certificate verification</h1>
      <p className="font-mono text-sm">{decoded}</p>
      {certificate ? (
        <section aria-labelledby="valid" className="space-y-2 rounded-lg border-2 border-green-700 p-4">
          <h2 id="valid" className="text-xl font-semibold text-green-800">
            Valid certificate
          </h2>
          <dl className="grid gap-1">
            <dt className="text-sm text-muted-foreground">Name</dt>
            <dd className="font-medium">{certificate.name}</dd>
            <dt className="text-sm text-muted-foreground">Programme</dt>
            <dd className="font-medium">
              {certificate.programmeTitle} — {certificate.cohortTitle}
            </dd>
            <dt className="text-sm text-muted-foreground">Completed on</dt>
            <dd className="font-medium">
              {certificate.completedAt
                ? new Intl.DateTimeFormat("en", {
                    day: "numeric",
                    month: "long",
                    year: "numeric",
                    timeZone: certificate.timeZone,
                  }).format(certificate.completedAt)
                : "—"}
            </dd>
          </dl>
        </section>
      ) : (
        <section aria-labelledby="invalid" className="space-y-2 rounded-lg border-2 border-destructive p-4">
          <h2 id="invalid" className="text-xl font-semibold text-destructive">
            Invalid certificate
          </h2>
          <p>
            This code does not match any certificate issued through Madang. Check that it was typed exactly as printed.
          </p>
        </section>
      )}
    </div>
  );
}
