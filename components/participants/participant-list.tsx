import { getTranslations } from "next-intl/server";
import type { VisibleParticipant } from "@/lib/participants/directory";

function Person({ p, you }: { p: VisibleParticipant; you: string }) {
  return (
    <li className="rounded-md border p-2 text-sm">
      <span className="font-medium">{p.name}</span>{" "}
      {p.isMe ? <span className="text-muted-foreground">{you}</span> : null}
      <span className="block text-muted-foreground">
        {[p.countryName, p.organisation, p.track].filter(Boolean).join(" · ")}
      </span>
      {p.email ? (
        <a href={`mailto:${p.email}`} className="text-primary underline">
          {p.email}
        </a>
      ) : null}
    </li>
  );
}

/** Only people who share at least their name are listed; the others are counted. */
export async function ParticipantList({
  directory,
  delegations,
}: {
  directory: VisibleParticipant[];
  delegations: { country: string | null; countryName: string; people: VisibleParticipant[] }[] | null;
}) {
  const t = await getTranslations("participants");
  const named = (people: VisibleParticipant[]) => people.filter((p) => p.name);
  const hidden = directory.filter((p) => !p.name).length;
  return (
    <div className="space-y-3">
      {delegations ? (
        delegations.map((group) =>
          named(group.people).length ? (
            <div key={group.country ?? "none"} className="space-y-2">
              <h3 className="font-semibold">{group.countryName}</h3>
              <ul className="grid gap-2 sm:grid-cols-2">
                {named(group.people).map((p) => (
                  <Person key={p.key} p={p} you={t("you")} />
                ))}
              </ul>
            </div>
          ) : null,
        )
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2">
          {named(directory).map((p) => (
            <Person key={p.key} p={p} you={t("you")} />
          ))}
        </ul>
      )}
      {hidden ? <p className="text-sm text-muted-foreground">{t("participantsHidden", { count: hidden })}</p> : null}
    </div>
  );
}
