import type { Metadata } from "next";
import Link from "next/link";
import { DeletionRequestForm } from "@/components/privacy/deletion-request-form";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { latestDeletionRequest } from "@/lib/privacy/queries";
import { requestDeletionAction } from "./actions";

export const metadata: Metadata = { title: "My data" };

/** A person's own data: download it (JSON or a readable page) and ask for its deletion. */
export default async function MyDataPage() {
  const actor = await requirePagePermission("privacy.ownData", "/me/data");
  const request = await latestDeletionRequest(getDb(), actor.userId);
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">My data</h1>
        <p className="text-muted-foreground">
          Everything Madang holds about you: your profile, applications and answers, reviews you received (without the
          reviewers&apos; names), offers, attendance, certificates, proposals, alumni profile, posts, messages,
          sign-ins, what you agreed to, and the audit log&apos;s entries about you.
        </p>
      </div>
      <section aria-labelledby="download-heading" className="space-y-3">
        <h2 id="download-heading" className="text-xl font-semibold">
          Download
        </h2>
        <p className="flex flex-wrap gap-3">
          <a href="/api/me/data" download className="rounded-md border px-4 py-2 font-medium hover:bg-accent">
            Download as JSON
          </a>
          <Link href="/me/data/readable" className="rounded-md border px-4 py-2 font-medium hover:bg-accent">
            Open a readable copy
          </Link>
        </p>
      </section>
      <section aria-labelledby="deletion-heading" className="space-y-3">
        <h2 id="deletion-heading" className="text-xl font-semibold">
          Delete my data
        </h2>
        {request?.status === "requested" ? (
          <p role="status">
            You asked for deletion on {formatDateTime(request.requestedAt, "UTC")}. Staff will decide and write to you.
          </p>
        ) : (
          <>
            {request?.status === "refused" ? (
              <p>
                Your request of {formatDateTime(request.requestedAt, "UTC")} was not approved: {request.decisionReason}
              </p>
            ) : null}
            <p className="max-w-prose text-sm text-muted-foreground">
              Staff look at each request. Selection records and statistics keep an anonymous entry (status, country and
              gender) so that past figures stay true; nothing in it names you.
            </p>
            <DeletionRequestForm action={requestDeletionAction} />
          </>
        )}
      </section>
    </div>
  );
}
