import { agendaGoals, agendaStrategies, networkMembers, networks, organisations } from "../schema";
import { excluded, type Tx } from "./batch";
import { LEARNING_CITIES, ORGANISATIONS, SEOUL_AGENDA } from "./data/organisations";
import { SEED_SLUGS, seedUuid } from "./ids";

export type AgendaIds = { goals: Map<string, string>; strategies: Map<string, string> };

/** The Seoul Agenda: goals "G1"–"G3" and strategies "G1.S1"… in the order KACES lists them. */
export async function seedAgenda(tx: Tx): Promise<AgendaIds> {
  const goalRows = SEOUL_AGENDA.map((goal, i) => ({
    id: seedUuid(`agenda-goal:G${i + 1}`),
    code: `G${i + 1}`,
    title: goal.title,
    position: i + 1,
  }));
  const savedGoals = await tx
    .insert(agendaGoals)
    .values(goalRows)
    .onConflictDoUpdate({ target: agendaGoals.code, set: excluded(agendaGoals, ["title", "position"]) })
    .returning({ id: agendaGoals.id, code: agendaGoals.code });
  const goals = new Map(savedGoals.map((g) => [g.code, g.id]));

  const strategyRows = SEOUL_AGENDA.flatMap((goal, i) =>
    goal.strategies.map((title, j) => ({
      id: seedUuid(`agenda-strategy:G${i + 1}.S${j + 1}`),
      goalId: goals.get(`G${i + 1}`) as string,
      code: `G${i + 1}.S${j + 1}`,
      title,
      position: j + 1,
    })),
  );
  const savedStrategies = await tx
    .insert(agendaStrategies)
    .values(strategyRows)
    .onConflictDoUpdate({
      target: agendaStrategies.code,
      set: excluded(agendaStrategies, ["goalId", "title", "position"]),
    })
    .returning({ id: agendaStrategies.id, code: agendaStrategies.code });
  return { goals, strategies: new Map(savedStrategies.map((s) => [s.code, s.id])) };
}

/** Organisations by seed key ("unesco", "bimf", "ministry:TH", "city:Suwon"). */
export type OrganisationIds = ReadonlyMap<string, string>;

export async function seedOrganisations(tx: Tx): Promise<OrganisationIds> {
  const cities = LEARNING_CITIES.map((c) => ({
    key: `city:${c.name}`,
    name: c.name,
    kind: "city" as const,
    country: "KR",
    city: c.name,
  }));
  const all = [...ORGANISATIONS, ...cities];
  const rows = all.map(({ key, ...org }) => ({
    shortName: null,
    city: null,
    website: null,
    description: null,
    country: null,
    ...org,
    id: seedUuid(`organisation:${key}`),
  }));
  const saved = await tx
    .insert(organisations)
    .values(rows)
    .onConflictDoUpdate({
      target: organisations.name,
      set: excluded(organisations, ["shortName", "kind", "country", "city", "website", "description"]),
    })
    .returning({ id: organisations.id, name: organisations.name });
  const byName = new Map(saved.map((o) => [o.name, o.id]));
  return new Map(all.map((o) => [o.key, byName.get(o.name) as string]));
}

export function orgId(ids: OrganisationIds, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`db/seed: no organisation "${key}"`);
  return id;
}

/** The UNESCO Global Network of Learning Cities with the eight Korean cities that joined on 14 July 2016. */
export async function seedLearningCitiesNetwork(tx: Tx, orgs: OrganisationIds): Promise<string> {
  const [network] = await tx
    .insert(networks)
    .values({
      id: seedUuid(`network:${SEED_SLUGS.learningCitiesNetwork}`),
      slug: SEED_SLUGS.learningCitiesNetwork,
      name: "UNESCO Global Network of Learning Cities",
      description:
        "Cities all over the world sharing insights into the practice of building sustainable learning cities. " +
        "On 14 July 2016 eight cities of the Republic of Korea — Bucheon, Gunpo, Jeonju, Namyangju, Osan, Suwon, Tongyeong and Uijeongbu — " +
        "joined the network, hoping to share insights into building learning cities in the Republic of Korea and to learn from the experiences of cities all over the world.",
      coordinatorId: orgId(orgs, "uil"),
      isPublic: true,
    })
    .onConflictDoUpdate({
      target: networks.slug,
      set: excluded(networks, ["name", "description", "coordinatorId", "isPublic"]),
    })
    .returning({ id: networks.id });
  if (!network) throw new Error("db/seed: network upsert returned nothing");

  await tx
    .insert(networkMembers)
    .values(
      LEARNING_CITIES.map((c) => ({
        networkId: network.id,
        organisationId: orgId(orgs, `city:${c.name}`),
        focus: c.focus,
        joinedOn: "2016-07-14",
      })),
    )
    .onConflictDoUpdate({
      target: [networkMembers.networkId, networkMembers.organisationId],
      set: excluded(networkMembers, ["focus", "joinedOn"]),
    });
  return network.id;
}
