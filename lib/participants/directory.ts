import { countryName } from "@/lib/geo";

/** One line of the cohort's participant list: only what the person agreed to share. */
export type VisibleParticipant = {
  key: string;
  name: string | null;
  country: string | null;
  countryName: string | null;
  organisation: string | null;
  email: string | null;
  track: string | null;
  isMe: boolean;
};

export function visibleParticipant(
  row: {
    enrolmentId: string;
    name: string;
    email: string;
    country: string | null;
    organisation: string | null;
    sharing: Record<string, boolean>;
    trackTitle: string | null;
  },
  isMe: boolean,
): VisibleParticipant {
  const shares = (field: string) => isMe || row.sharing[field] === true;
  const country = shares("country") ? row.country : null;
  return {
    key: row.enrolmentId,
    name: shares("name") ? row.name : null,
    country,
    countryName: country ? countryName(country) : null,
    organisation: shares("organisation") ? row.organisation : null,
    email: shares("email") ? row.email : null,
    track: row.trackTitle,
    isMe,
  };
}

/** Delegations by country, countries by name; people who keep their country private come last. */
export function groupByCountry(
  people: readonly VisibleParticipant[],
): { country: string | null; countryName: string; people: VisibleParticipant[] }[] {
  const groups = new Map<string | null, VisibleParticipant[]>();
  for (const p of people) groups.set(p.country, [...(groups.get(p.country) ?? []), p]);
  return [...groups]
    .map(([country, members]) => ({
      country,
      countryName: country ? countryName(country) : "Country not shared",
      people: members,
    }))
    .sort((a, b) => (a.country === null ? 1 : b.country === null ? -1 : a.countryName.localeCompare(b.countryName)));
}
