import type { Actor } from "@/lib/auth/roles";

/**
 * The privacy core of the network. Every directory, profile, roster and JSON response builds what it
 * shows with visibleProfile(): a field the viewer may not see is never copied into the result, so it
 * cannot reach HTML, JSON or the RSC payload. Queries also gate their filters with the same rule
 * (directory-queries.ts), so a search cannot reveal a hidden field by what it matches.
 */

export const PROFILE_FIELDS = [
  "name",
  "photo",
  "bio",
  "position",
  "organisation",
  "country",
  "fields",
  "languages",
  "links",
  "email",
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export const VISIBILITIES = ["public", "alumni", "staff"] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export type VisibilityMap = Partial<Record<ProfileField, Visibility>>;

/** Who is looking at a given profile; "owner" is the person themself. */
export type Tier = "public" | "alumni" | "staff" | "owner";

const VISIBILITY_RANK: Record<Visibility, number> = { public: 0, alumni: 1, staff: 2 };
const TIER_RANK: Record<Tier, number> = { public: 0, alumni: 1, staff: 2, owner: 3 };

/**
 * The visibility the owner chose for a field. A field never set is "staff", except the name: alumni and
 * staff always see who is in the network, so the name is either "public" (listed publicly) or "alumni".
 */
export function fieldVisibility(map: VisibilityMap | null | undefined, field: ProfileField): Visibility {
  const chosen = map?.[field];
  if (field === "name") return chosen === "public" ? "public" : "alumni";
  return chosen && chosen in VISIBILITY_RANK ? chosen : "staff";
}

export function canSeeField(tier: Tier, map: VisibilityMap | null | undefined, field: ProfileField): boolean {
  return TIER_RANK[tier] >= VISIBILITY_RANK[fieldVisibility(map, field)];
}

/** The visibilities a tier may see (for SQL filters). */
export function visibleLevels(tier: Exclude<Tier, "owner">): Visibility[] {
  return VISIBILITIES.filter((v) => VISIBILITY_RANK[v] <= TIER_RANK[tier]);
}

/** What the network knows about someone looking: derived from the actor, never from the request. */
export type AlumniViewer = {
  userId: string | null;
  isAdmin: boolean;
  /** Holds a completed enrolment in any programme. */
  isAlumnus: boolean;
  /** Programmes the viewer manages: staff for those programmes' alumni. */
  managedProgrammeIds: string[];
};

export const PUBLIC_VIEWER: AlumniViewer = { userId: null, isAdmin: false, isAlumnus: false, managedProgrammeIds: [] };

export function viewerOf(actor: Actor | null): AlumniViewer {
  if (!actor) return PUBLIC_VIEWER;
  return {
    userId: actor.userId,
    isAdmin: actor.isAdmin,
    isAlumnus: actor.roles.some((r) => r.role === "alumnus"),
    managedProgrammeIds: actor.roles.filter((r) => r.role === "manager").map((r) => r.programmeId),
  };
}

/**
 * The tier a viewer holds for profiles that are not their own and not of a programme they manage:
 * administrators are staff everywhere; alumni and managers are "alumni" (the enum's "signed-in alumni
 * and staff"); anyone else, signed in or not, is public.
 */
export function baseTier(viewer: AlumniViewer): Exclude<Tier, "owner"> {
  if (viewer.isAdmin) return "staff";
  if (viewer.isAlumnus || viewer.managedProgrammeIds.length > 0) return "alumni";
  return "public";
}

/** The viewer's tier for one alumnus, given the programmes that alumnus completed. */
export function tierFor(viewer: AlumniViewer, subject: { userId: string; programmeIds: readonly string[] }): Tier {
  if (viewer.userId && viewer.userId === subject.userId) return "owner";
  if (viewer.isAdmin) return "staff";
  if (subject.programmeIds.some((id) => viewer.managedProgrammeIds.includes(id))) return "staff";
  return baseTier(viewer);
}

export type CohortRef = {
  programmeId: string;
  programmeTitle: string;
  programmeSlug: string;
  cohortTitle: string;
  year: number;
};
type ProfileLink = { label: string; url: string };

/** A profile as read from the database: everything, for this module's eyes only. */
export type StoredAlumnus = {
  userId: string;
  name: string;
  photoKey: string | null;
  bio: string | null;
  currentPosition: string | null;
  currentOrganisation: string | null;
  country: string | null;
  fields: string[] | null;
  languages: string[] | null;
  links: ProfileLink[] | null;
  contactEmail: string | null;
  visibility: VisibilityMap | null;
  isExpert: boolean | null;
  expertAreas: string[] | null;
  expertAvailability: string | null;
  isExpertPublic: boolean | null;
  cohorts: CohortRef[];
};

/** What a viewer may see. A key is present only when its field is visible and set. */
export type VisibleAlumnus = {
  userId: string;
  name: string;
  tier: Tier;
  cohorts: CohortRef[];
  photoUrl?: string;
  bio?: string;
  position?: string;
  organisation?: string;
  country?: string;
  fields?: string[];
  languages?: string[];
  links?: ProfileLink[];
  email?: string;
  expert?: { areas: string[]; availability: string | null; isPublic: boolean };
};

/** Expert details: staff and the owner always; others only when the expert chose to be public. */
function canSeeExpert(tier: Tier, profile: Pick<StoredAlumnus, "isExpert" | "isExpertPublic">): boolean {
  if (!profile.isExpert) return false;
  return tier === "staff" || tier === "owner" || Boolean(profile.isExpertPublic);
}

/** Whether the viewer sees the person at all: their name is visible, or they chose the public expert roster. */
function isListed(tier: Tier, profile: Pick<StoredAlumnus, "visibility" | "isExpert" | "isExpertPublic">): boolean {
  return canSeeField(tier, profile.visibility, "name") || Boolean(profile.isExpert && profile.isExpertPublic);
}

/**
 * The one function every directory response goes through. Returns null when the viewer may not see
 * the person at all (a public visitor, a name that is not public and no public expert listing).
 */
export function visibleProfile(profile: StoredAlumnus, tier: Tier): VisibleAlumnus | null {
  const map = profile.visibility ?? {};
  if (!isListed(tier, profile)) return null;
  const out: VisibleAlumnus = { userId: profile.userId, name: profile.name, tier, cohorts: profile.cohorts };
  const show = (field: ProfileField) => canSeeField(tier, map, field);
  if (show("photo") && profile.photoKey) out.photoUrl = `/api/alumni/photo/${profile.userId}`;
  if (show("bio") && profile.bio) out.bio = profile.bio;
  if (show("position") && profile.currentPosition) out.position = profile.currentPosition;
  if (show("organisation") && profile.currentOrganisation) out.organisation = profile.currentOrganisation;
  if (show("country") && profile.country) out.country = profile.country;
  if (show("fields") && profile.fields?.length) out.fields = [...profile.fields];
  if (show("languages") && profile.languages?.length) out.languages = [...profile.languages];
  if (show("links") && profile.links?.length) out.links = profile.links.map((l) => ({ label: l.label, url: l.url }));
  if (show("email") && profile.contactEmail) out.email = profile.contactEmail;
  if (canSeeExpert(tier, profile))
    out.expert = {
      areas: [...(profile.expertAreas ?? [])],
      availability: profile.expertAvailability,
      isPublic: Boolean(profile.isExpertPublic),
    };
  return out;
}

/** A "where are they now" entry, with each part shown by the same rule as the current profile's field. */
export type StoredUpdate = {
  position: string | null;
  organisation: string | null;
  country: string | null;
  createdAt: Date;
};
export type VisibleUpdate = { position?: string; organisation?: string; country?: string; createdAt: Date };

export function visibleUpdates(updates: StoredUpdate[], map: VisibilityMap | null, tier: Tier): VisibleUpdate[] {
  return updates.flatMap((u) => {
    const out: VisibleUpdate = { createdAt: u.createdAt };
    if (u.position && canSeeField(tier, map, "position")) out.position = u.position;
    if (u.organisation && canSeeField(tier, map, "organisation")) out.organisation = u.organisation;
    if (u.country && canSeeField(tier, map, "country")) out.country = u.country;
    return out.position || out.organisation || out.country ? [out] : [];
  });
}
