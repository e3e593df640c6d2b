import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { networkMembers, networks, organisations } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, isUniqueViolation, notFound } from "@/lib/errors";
import { linkOrganisationIn } from "@/lib/programmes/commands";
import type {
  addNetworkMemberSchema,
  createNetworkSchema,
  createOrganisationForProgrammeSchema,
  createOrganisationSchema,
  removeNetworkMemberSchema,
  updateOrganisationSchema,
} from "./schemas";

type OrganisationInput = z.output<typeof createOrganisationSchema>;

const nameTaken = () =>
  new DomainError("conflict", "Please correct the highlighted fields.", {
    name: ["An organisation with this name is already in the directory: pick it from the list."],
  });

async function insertOrganisation(tx: Executor, actor: Actor, input: OrganisationInput): Promise<string> {
  const [row] = await tx
    .insert(organisations)
    .values({
      name: input.name,
      shortName: input.shortName,
      kind: input.kind,
      country: input.country,
      city: input.city,
      website: input.website,
      description: input.description,
    })
    .returning({ id: organisations.id });
  await writeAudit(tx, {
    actorId: actor.userId,
    action: "organisation.create",
    entityType: "organisation",
    entityId: row!.id,
    data: { name: input.name },
  });
  return row!.id;
}

async function guardUnique<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

/** Adds an organisation to the one directory every programme and network picks from. */
export async function createOrganisation(
  db: Database,
  actor: Actor | null,
  input: OrganisationInput,
): Promise<{ organisationId: string }> {
  if (!can(actor, "organisation.manage")) throw forbidden();
  return guardUnique(() =>
    db.transaction(async (tx) => ({ organisationId: await insertOrganisation(tx, actor!, input) })),
  );
}

export async function updateOrganisation(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof updateOrganisationSchema>,
): Promise<{ organisationId: string }> {
  if (!can(actor, "organisation.manage")) throw forbidden();
  return guardUnique(() =>
    db.transaction(async (tx) => {
      const { organisationId, ...fields } = input;
      const updated = await tx
        .update(organisations)
        .set(fields)
        .where(eq(organisations.id, organisationId))
        .returning({ id: organisations.id });
      if (updated.length === 0) throw notFound("That organisation does not exist.");
      await writeAudit(tx, {
        actorId: actor!.userId,
        action: "organisation.update",
        entityType: "organisation",
        entityId: organisationId,
      });
      return { organisationId };
    }),
  );
}

/** The "create it inline" path of the programme page: a missing organisation is added and linked in one transaction. */
export async function createOrganisationForProgramme(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof createOrganisationForProgrammeSchema>,
): Promise<{ organisationId: string }> {
  if (!can(actor, "organisation.manage") || !can(actor, "programme.update", { programmeId: input.programmeId }))
    throw forbidden();
  return guardUnique(() =>
    db.transaction(async (tx) => {
      const { programmeId, role, ...organisation } = input;
      const organisationId = await insertOrganisation(tx, actor!, organisation);
      await linkOrganisationIn(tx, actor!, { programmeId, role, organisationId });
      return { organisationId };
    }),
  );
}

export async function createNetwork(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof createNetworkSchema>,
): Promise<{ networkId: string; slug: string }> {
  if (!can(actor, "organisation.manage")) throw forbidden();
  try {
    return await db.transaction(async (tx) => {
      if (input.coordinatorId) {
        const [coordinator] = await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.id, input.coordinatorId));
        if (!coordinator)
          throw new DomainError("validation", "Please correct the highlighted fields.", {
            coordinatorId: ["Choose a coordinator from the directory."],
          });
      }
      const [row] = await tx.insert(networks).values(input).returning({ id: networks.id });
      await writeAudit(tx, {
        actorId: actor!.userId,
        action: "network.create",
        entityType: "network",
        entityId: row!.id,
        data: { slug: input.slug },
      });
      return { networkId: row!.id, slug: input.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("conflict", "Please correct the highlighted fields.", {
        slug: ["Another network already uses this web address."],
      });
    throw error;
  }
}

/** Adds a member organisation with its focus; adding it again updates the focus. */
export async function addNetworkMember(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof addNetworkMemberSchema>,
): Promise<{ added: boolean }> {
  if (!can(actor, "organisation.manage")) throw forbidden();
  return db.transaction(async (tx) => {
    const [[network], [organisation]] = await Promise.all([
      tx.select({ id: networks.id }).from(networks).where(eq(networks.id, input.networkId)),
      tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)),
    ]);
    if (!network) throw notFound("That network does not exist.");
    if (!organisation)
      throw new DomainError("validation", "Please correct the highlighted fields.", {
        organisationId: ["Choose an organisation from the directory."],
      });
    await tx
      .insert(networkMembers)
      .values(input)
      .onConflictDoUpdate({
        target: [networkMembers.networkId, networkMembers.organisationId],
        set: { focus: input.focus, joinedOn: input.joinedOn },
      });
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "network.addMember",
      entityType: "network",
      entityId: input.networkId,
      data: { organisationId: input.organisationId },
    });
    return { added: true };
  });
}

export async function removeNetworkMember(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof removeNetworkMemberSchema>,
): Promise<{ removed: boolean }> {
  if (!can(actor, "organisation.manage")) throw forbidden();
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(networkMembers)
      .where(
        and(eq(networkMembers.networkId, input.networkId), eq(networkMembers.organisationId, input.organisationId)),
      )
      .returning({ id: networkMembers.organisationId });
    if (removed.length === 0) throw notFound("That organisation is not a member of this network.");
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "network.removeMember",
      entityType: "network",
      entityId: input.networkId,
      data: { organisationId: input.organisationId },
    });
    return { removed: true };
  });
}
