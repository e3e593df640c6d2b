import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alumniProfiles, emailOutbox, posts } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/roles";
import { sendPostDigest } from "./digest-commands";
import { addComment, createPost, hideComment, moderatePost, setRsvp } from "./post-commands";
import { getPost, listPosts } from "./post-queries";
import { postSchema } from "./schemas";
import { makeNetwork } from "./test-fixtures";

describe.each(testDrivers())("posts on %s", (driver) => {
  let t: TestDatabase;
  let a: Actor;
  let b: Actor;
  let manager: Actor;
  let eventId: string;
  let opportunityId: string;

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const n = await makeNetwork(t.db);
    a = await n.person({ name: "Aigerim", profile: { digestOptIn: true } });
    b = await n.person({ name: "Lan" });
    manager = await n.person({ name: "Manager", alumnusOf: null, manages: "cpi" });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("an alumnus posts an opportunity and an event with local times", async () => {
    const opportunity = postSchema.parse({
      kind: "opportunity",
      opportunityKind: "grant",
      title: "Grants for touring",
      body: "Apply by March.",
      link: "https://example.org/grants",
    });
    opportunityId = (await createPost(t.db, a, opportunity)).postId;
    const event = postSchema.parse({
      kind: "event",
      title: "Meetup",
      body: "Online",
      eventStart: "2026-12-10T20:00",
      eventEnd: "2026-12-10T21:00",
      eventTimeZone: "Asia/Seoul",
    });
    eventId = (await createPost(t.db, b, event)).postId;
    const [row] = await t.db.select().from(posts).where(eq(posts.id, eventId));
    expect(row?.eventStartsAt?.toISOString()).toBe("2026-12-10T11:00:00.000Z");
    expect(row?.eventTimeZone).toBe("Asia/Seoul");
    await expect(createPost(t.db, manager, opportunity)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses an event without times and an opportunity without a kind", () => {
    expect(
      postSchema.safeParse({ kind: "event", title: "Meetup", body: "x", eventTimeZone: "Asia/Seoul" }).success,
    ).toBe(false);
    const noKind = postSchema.safeParse({ kind: "opportunity", title: "Job", body: "x" });
    expect(noKind.success).toBe(false);
    const ends = postSchema.safeParse({
      kind: "event",
      title: "Meetup",
      body: "x",
      eventStart: "2026-12-10T20:00",
      eventEnd: "2026-12-10T19:00",
      eventTimeZone: "Asia/Seoul",
    });
    expect(ends.error?.issues.map((i) => i.path.join("."))).toEqual(["eventEnd"]);
  });

  it("RSVPs once however often, and only to events", async () => {
    await setRsvp(t.db, a, { postId: eventId, going: true });
    await setRsvp(t.db, a, { postId: eventId, going: true });
    const view = await getPost(t.db, { userId: a.userId, canModerate: false }, eventId);
    expect(view?.post.going).toBe(1);
    expect(view?.post.mine).toBe(true);
    expect(view?.attendees.map((x) => x.name)).toEqual(["Aigerim"]);
    await expect(setRsvp(t.db, a, { postId: opportunityId, going: true })).rejects.toMatchObject({ code: "conflict" });
  });

  it("comments, and staff hide a comment and a post", async () => {
    const { commentId } = await addComment(t.db, b, { postId: opportunityId, body: "Thank you!" });
    await hideComment(t.db, manager, { commentId, hidden: true });
    expect((await getPost(t.db, { userId: a.userId, canModerate: false }, opportunityId))?.comments).toEqual([]);
    await expect(moderatePost(t.db, a, { postId: opportunityId, action: "hide" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await moderatePost(t.db, manager, { postId: opportunityId, action: "hide" });
    expect(await getPost(t.db, { userId: b.userId, canModerate: false }, opportunityId)).toBeNull();
    expect((await getPost(t.db, { userId: manager.userId, canModerate: true }, opportunityId))?.post.isHidden).toBe(
      true,
    );
    expect((await listPosts(t.db, { userId: b.userId, canModerate: false }, {})).items.map((p) => p.title)).toEqual([
      "Meetup",
    ]);
    const told = await t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "alumni.postHidden"));
    expect(told.map((m) => m.toAddress)).toEqual([a.email]);
    await expect(addComment(t.db, b, { postId: opportunityId, body: "Still there?" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("pins a post to the top", async () => {
    await moderatePost(t.db, manager, { postId: opportunityId, action: "unhide" });
    await moderatePost(t.db, manager, { postId: opportunityId, action: "pin" });
    expect((await listPosts(t.db, { userId: b.userId, canModerate: false }, {})).items.map((p) => p.title)).toEqual([
      "Grants for touring",
      "Meetup",
    ]);
  });

  it("sends the digest of new posts to those who opted in, each post once", async () => {
    const later = new Date(Date.now() + 60_000);
    const first = await sendPostDigest(t.db, manager, later);
    expect(first).toMatchObject({ posts: 2, recipients: 1 });
    const digests = await t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "alumni.digest"));
    expect(digests.map((d) => d.toAddress)).toEqual([a.email]);
    expect(digests[0]?.bodyText).toContain("Grants for touring");
    expect(await sendPostDigest(t.db, "system", new Date(later.getTime() + 60_000))).toMatchObject({
      posts: 0,
      recipients: 0,
    });
    await expect(sendPostDigest(t.db, b)).rejects.toMatchObject({ code: "forbidden" });
    await t.db.update(alumniProfiles).set({ digestOptIn: false }).where(eq(alumniProfiles.userId, a.userId));
  });
});
