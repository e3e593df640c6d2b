import "server-only";
import { and, asc, count, eq, ilike, or, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { networkMembers, networks, organisations, programmeOrganisations } from "@/db/schema";
import { countWhere, subquery } from "@/db/subquery";

const ORGANISATIONS_PAGE_SIZE = 25;
type Kind = (typeof organisations.kind.enumValues)[number];

/** The directory, searchable by name and filtered by country and kind, a page at a time. */
export async function listOrganisations(
  db: Executor,
  options: { q?: string; country?: string; kind?: Kind; page?: number },
) {
  const page = Math.max(1, options.page ?? 1);
  const conditions: (SQL | undefined)[] = [
    options.q
      ? or(
          ilike(organisations.name, `%${options.q}%`),
          ilike(organisations.shortName, `%${options.q}%`),
          ilike(organisations.city, `%${options.q}%`),
        )
      : undefined,
    options.country ? eq(organisations.country, options.country) : undefined,
    options.kind ? eq(organisations.kind, options.kind) : undefined,
  ];
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        shortName: organisations.shortName,
        kind: organisations.kind,
        country: organisations.country,
        city: organisations.city,
        website: organisations.website,
        programmes: countWhere(programmeOrganisations.organisationId, organisations.id, {
          distinct: programmeOrganisations.programmeId,
        }),
        networks: countWhere(networkMembers.organisationId, organisations.id),
      })
      .from(organisations)
      .where(where)
      .orderBy(asc(organisations.name))
      .limit(ORGANISATIONS_PAGE_SIZE)
      .offset((page - 1) * ORGANISATIONS_PAGE_SIZE),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { items, total: total?.n ?? 0, page, pageSize: ORGANISATIONS_PAGE_SIZE };
}

export async function getOrganisation(db: Executor, organisationId: string) {
  const [row] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      kind: organisations.kind,
      country: organisations.country,
      city: organisations.city,
      website: organisations.website,
      description: organisations.description,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .limit(1);
  return row ?? null;
}

export async function listNetworks(db: Executor) {
  return db
    .select({
      id: networks.id,
      slug: networks.slug,
      name: networks.name,
      isPublic: networks.isPublic,
      members: countWhere(networkMembers.networkId, networks.id),
    })
    .from(networks)
    .orderBy(asc(networks.name));
}

function membersOf(db: Executor, networkId: string, country?: string) {
  return db
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      country: organisations.country,
      city: organisations.city,
      website: organisations.website,
      focus: networkMembers.focus,
      joinedOn: networkMembers.joinedOn,
    })
    .from(networkMembers)
    .innerJoin(organisations, eq(organisations.id, networkMembers.organisationId))
    .where(and(eq(networkMembers.networkId, networkId), country ? eq(organisations.country, country) : undefined))
    .orderBy(asc(organisations.country), asc(organisations.name));
}

export async function getNetworkForAdmin(db: Executor, networkId: string) {
  const [network] = await db.select().from(networks).where(eq(networks.id, networkId)).limit(1);
  if (!network) return null;
  return { network, members: await membersOf(db, networkId) };
}

/** The public page of a network: its members (filtered by country when asked) and the countries they are in. */
export async function getPublicNetwork(db: Executor, slug: string, country?: string) {
  const coordinator = subquery<
    string | null
  >`(select ${organisations.name} from ${organisations} where ${organisations.id} = ${networks.coordinatorId})`;
  const [network] = await db
    .select({
      id: networks.id,
      slug: networks.slug,
      name: networks.name,
      description: networks.description,
      coordinator,
    })
    .from(networks)
    .where(and(eq(networks.slug, slug), eq(networks.isPublic, true)))
    .limit(1);
  if (!network) return null;
  const [members, countries] = await Promise.all([
    membersOf(db, network.id, country),
    db
      .select({ country: organisations.country, n: count() })
      .from(networkMembers)
      .innerJoin(organisations, eq(organisations.id, networkMembers.organisationId))
      .where(eq(networkMembers.networkId, network.id))
      .groupBy(organisations.country)
      .orderBy(asc(organisations.country)),
  ]);
  return {
    ...network,
    members,
    countries: countries.filter((c): c is { country: string; n: number } => c.country !== null),
  };
}
