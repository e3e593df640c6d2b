import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { env } from "@/lib/env";
import { DomainError, notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { renderCertificatePdf } from "@/lib/graduation/certificate-pdf";
import { isAppLocale } from "@/lib/i18n/request";
import { certificateOfHolder } from "@/lib/graduation/queries";

type Params = { params: Promise<{ cohortId: string }> };

/** The signed-in participant's own certificate for a cohort they completed; nobody else's exists here. */
export async function GET(_request: Request, { params }: Params) {
  return handleRoute("certificate", async () => {
    const { cohortId } = await params;
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to download your certificate.");
    if (!/^[0-9a-f-]{36}$/.test(cohortId)) throw notFound("There is no certificate here.");
    const certificate = await certificateOfHolder(getDb(), actor.userId, cohortId);
    if (!certificate) throw notFound("You have no certificate for this cohort.");
    // In the holder's language: the account's, else this browser's (i18n.ts).
    const requested = await getLocale();
    const locale = isAppLocale(requested) ? requested : "en";
    const date = new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: certificate.timeZone,
    }).format(certificate.completedAt);
    const bytes = await renderCertificatePdf(
      {
        name: certificate.name,
        programmeTitle: certificate.programmeTitle,
        cohortTitle: certificate.cohortTitle,
        date,
        code: certificate.code,
        verifyUrl: `${env().APP_URL}/verify/${certificate.code}`,
      },
      locale,
    );
    return new Response(Buffer.from(bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="certificate-${certificate.code}.pdf"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  });
}
