import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";

export type OpenCallItem = {
  id: string;
  title: string;
  closesAt: Date;
  timeZone: string;
  nominationOnly: boolean;
  programmeTitle: string;
  cohortTitle: string;
};

/** The open calls, for the home page and a programme's page. */
export async function OpenCallsList({
  calls,
  headingLevel = 2,
  showProgramme = true,
}: {
  calls: OpenCallItem[];
  headingLevel?: 2 | 3;
  showProgramme?: boolean;
}) {
  const t = await getTranslations("calls");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="open-calls-heading" className="space-y-3">
      <Heading id="open-calls-heading" className="text-xl font-semibold">
        {t("openCalls")}
      </Heading>
      {calls.length === 0 ? (
        <p>{t("noOpenCalls")}</p>
      ) : (
        <ul className="space-y-3">
          {calls.map((call) => (
            <li key={call.id} className="rounded-lg border bg-card p-4">
              <Link href={`/calls/${call.id}`} className="font-semibold text-primary hover:underline">
                {call.title}
              </Link>
              <p className="text-sm text-muted-foreground">
                {showProgramme ? `${call.programmeTitle} · ` : ""}
                {call.cohortTitle} ·{" "}
                {t("closes", { date: `${formatDateTime(call.closesAt, call.timeZone)} (${call.timeZone})` })}
              </p>
              {call.nominationOnly ? <Badge variant="outline">{t("badgeNominations")}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
