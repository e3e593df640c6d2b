import { useTranslations } from "next-intl";
import type { NetworkFigures } from "@/lib/alumni/figures-queries";

/** "N alumni from M countries since Y", computed from enrolments. */
export function NetworkFiguresLine({ figures, className }: { figures: NetworkFigures; className?: string }) {
  const t = useTranslations("alumni");
  if (!figures.alumni || figures.since === null) return <p className={className}>{t("figuresNone")}</p>;
  return (
    <p className={className}>
      {t("figures", { alumni: figures.alumni, countries: figures.countries, since: String(figures.since) })}
    </p>
  );
}

/** A small section for a programme page. */
export function ProgrammeNetworkSection({ figures }: { figures: NetworkFigures }) {
  const t = useTranslations("alumni");
  if (!figures.alumni) return null;
  return (
    <section aria-labelledby="network-heading" className="space-y-2">
      <h2 id="network-heading" className="text-xl font-semibold">
        {t("homeTitle")}
      </h2>
      <NetworkFiguresLine figures={figures} className="text-lg" />
      <p className="text-sm">
        <a href="/alumni/directory" className="text-primary underline">
          {t("directoryTitle")}
        </a>
      </p>
    </section>
  );
}
