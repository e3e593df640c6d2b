import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { SEED_IDS, SEED_SLUGS } from "@/db/seed/ids";
import { seedDatabase } from "@/db/seed/seed";
import { getAdminDashboard } from "@/lib/admin/queries";
import type { Actor } from "@/lib/auth/roles";
import { getCallForAdmin, listManagedCalls } from "@/lib/calls/admin-queries";
import { getNetworkForAdmin, getPublicNetwork, listNetworks, listOrganisations } from "@/lib/organisations/queries";
import { getPartnerProgramme, listPartnerProgrammes } from "@/lib/partner/queries";
import { listManagedProgrammes } from "@/lib/programmes/admin-queries";
import { getPublicProgramme } from "@/lib/programmes/queries";
import { getCohortHeader, getPublicTimetable, getTimetable } from "@/lib/timetable/queries";
import { countSqlRoundTrips, type Executor } from "@/db/client";
import { networkFiguresSql } from "@/lib/alumni/figures-queries";
import { listOpenCalls, openCallsOfProgrammeSql } from "@/lib/calls/queries";
import { now } from "@/lib/time/clock";
import { listDirectory } from "@/lib/alumni/directory-queries";
import { viewerOf } from "@/lib/alumni/visibility";

// Every count and total the dashboard, programme, organisation, network, partner, call and cohort pages show,
// from the query functions those pages call, against a count written by hand in plain SQL on the seeded data.
// The hand-written side names every table and column itself, so it cannot share a query builder's mistake.

for (const driver of testDrivers()) {
  describe(`figures on the seed (${driver}) @truth`, () => {
    let t: TestDatabase;
    let admin: Actor;
    let manager: Actor;
    let partner: Actor;

    async function rows<T extends Record<string, unknown>>(query: SQL): Promise<T[]> {
      const result = (await t.db.execute(query)) as unknown as T[] | { rows: T[] };
      return Array.isArray(result) ? result : result.rows;
    }
    /** `id -> n` from a hand-written `select id, n` query. */
    async function byId(query: SQL): Promise<Map<string, number>> {
      return new Map((await rows<{ id: string; n: number | string }>(query)).map((r) => [r.id, Number(r.n)]));
    }
    async function one(query: SQL): Promise<number> {
      const [row] = await rows<{ n: number | string }>(query);
      return Number(row?.n);
    }
    async function actorOf(email: string): Promise<Actor> {
      const [user] = await rows<{ id: string; name: string; is_admin: boolean }>(
        sql.raw(`select id, name, is_admin from users where email = '${email}'`),
      );
      const roles = await rows<{ programme_id: string; role: Actor["roles"][number]["role"] }>(
        sql.raw(`select programme_id, role from programme_roles where user_id = '${user!.id}'`),
      );
      return {
        userId: user!.id,
        email,
        name: user!.name,
        isAdmin: user!.is_admin,
        roles: roles.map((r) => ({ programmeId: r.programme_id, role: r.role })),
      };
    }

    beforeAll(async () => {
      t = await openTestDatabase(driver);
      await seedDatabase(t.db);
      [admin, manager, partner] = await Promise.all([
        actorOf("admin@madang.test"),
        actorOf("manager@madang.test"),
        actorOf("partner@madang.test"),
      ]);
    }, 300_000);
    afterAll(async () => {
      await t?.close();
    });

    const editionsPerProgramme = () =>
      byId(sql.raw(`select p.id, (select count(*) from cohorts c where c.programme_id = p.id) as n from programmes p`));

    it("the dashboard (/admin): editions per programme, open calls, emails waiting (its other figures are the organisation report's, lib/reports/reports.test.ts)", async () => {
      const dashboard = await getAdminDashboard(t.db, admin);
      const editions = await editionsPerProgramme();
      expect(dashboard.programmes).toHaveLength(editions.size);
      for (const p of dashboard.programmes) expect(p.cohorts, p.title).toBe(editions.get(p.id));
      // The seed's programmes do have editions: a figure of 0 everywhere would be the bug itself.
      expect([...editions.values()].filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
      expect(dashboard.openCalls).toBe(await one(sql.raw(`select count(*) as n from calls where status = 'open'`)));
      expect(dashboard.emailsWaiting).toBe(
        await one(sql.raw(`select count(*) as n from email_outbox where status in ('pending', 'skipped')`)),
      );
    });

    it("the manager's dashboard counts only the programmes they manage", async () => {
      const dashboard = await getAdminDashboard(t.db, manager);
      const managed = `(select programme_id from programme_roles where user_id = '${manager.userId}' and role = 'manager')`;
      const editions = await editionsPerProgramme();
      expect(dashboard.programmes.map((p) => p.id).sort()).toEqual(
        (await rows<{ id: string }>(sql.raw(`select id from programmes where id in ${managed}`)))
          .map((r) => r.id)
          .sort(),
      );
      for (const p of dashboard.programmes) expect(p.cohorts, p.title).toBe(editions.get(p.id));
      const inScope = `c.cohort_id in (select id from cohorts where programme_id in ${managed})`;
      expect(dashboard.openCalls).toBe(
        await one(sql.raw(`select count(*) as n from calls c where c.status = 'open' and ${inScope}`)),
      );
    });

    it("the programme list (/admin/programmes): editions per programme and the total", async () => {
      const list = await listManagedProgrammes(t.db, admin, {});
      const editions = await editionsPerProgramme();
      expect(list.total).toBe(await one(sql.raw(`select count(*) as n from programmes`)));
      for (const p of list.items) expect(p.cohorts, p.title).toBe(editions.get(p.id));
    });

    const readProgramme = (db: Executor = t.db) =>
      getPublicProgramme(
        db,
        SEED_SLUGS.cpi,
        (p) => ({ openCalls: openCallsOfProgrammeSql(p, now()) }),
        (p) => ({ network: networkFiguresSql(p.id) }),
      );

    it("the public programme page: published editions, participants and their countries, open calls, network, timetable, in two statements", async () => {
      // The first read counts the participants and the network and keeps them (a second statement); later ones
      // read them as kept, in the programme's one statement.
      const first = await countSqlRoundTrips(() => readProgramme());
      expect(first.roundTrips).toBe(2);
      const { result, roundTrips } = await countSqlRoundTrips(() => readProgramme());
      expect(roundTrips).toBe(1);
      expect(result).toEqual(first.result);
      const programme = result!;
      expect(programme.openCalls.map((c) => c.id)).toEqual(
        (await listOpenCalls(t.db, { programmeId: programme.id, now: now() })).map((c) => c.id),
      );
      expect(programme.openCalls.every((c) => c.closesAt instanceof Date)).toBe(true);
      const alumni = `from enrolments e join cohorts c on c.id = e.cohort_id left join profiles pr on pr.user_id = e.user_id where c.programme_id = '${programme.id}' and e.status = 'completed'`;
      expect(programme.network.alumni).toBe(await one(sql.raw(`select count(distinct e.user_id) as n ${alumni}`)));
      expect(programme.network.countries).toBe(
        await one(sql.raw(`select count(distinct pr.nationality) as n ${alumni}`)),
      );
      expect(programme.network.alumni).toBeGreaterThan(0);
      const edition = programme.cohorts[0]!;
      const shown = await countSqlRoundTrips(() => getPublicTimetable(t.db, edition.id));
      expect(shown.roundTrips).toBe(1);
      expect(shown.result!.timetable.sessions).toHaveLength(
        await one(sql.raw(`select count(*) as n from sessions where cohort_id = '${edition.id}'`)),
      );
      expect(programme.cohorts).toHaveLength(
        await one(sql.raw(`select count(*) as n from cohorts where programme_id = '${programme.id}' and is_published`)),
      );
      const enrolled = `from enrolments e join cohorts c on c.id = e.cohort_id left join profiles pr on pr.user_id = e.user_id where c.programme_id = '${programme.id}' and e.status in ('confirmed', 'completed')`;
      expect(programme.enrolled.participants).toBe(await one(sql.raw(`select count(*) as n ${enrolled}`)));
      expect(programme.enrolled.countries).toBe(
        await one(sql.raw(`select count(distinct pr.nationality) as n ${enrolled}`)),
      );
      expect(programme.enrolled.participants).toBeGreaterThan(0);
    });

    it("the programme page's and the directory's kept figures follow every change to what they count @truth", async () => {
      const cpi = (
        await rows<{ id: string }>(sql.raw(`select id from programmes where slug = '${SEED_SLUGS.cpi}'`))
      )[0]!.id;
      const inCpi = `from enrolments e join cohorts c on c.id = e.cohort_id left join profiles pr on pr.user_id = e.user_id where c.programme_id = '${cpi}'`;
      const completedInCpi = `select e.id ${inCpi} and e.status = 'completed' order by e.id limit 1`;
      // Rolled back at the end, so the seed stays as the other tests expect it.
      const undo = new Error("undo");
      await t.db
        .transaction(async (tx) => {
          const read = async <T extends Record<string, unknown>>(query: string) => {
            const result = (await tx.execute(sql.raw(query))) as unknown as T[] | { rows: T[] };
            return Array.isArray(result) ? result : result.rows;
          };
          const n = async (query: string) => Number((await read<{ n: unknown }>(query))[0]!.n);
          const check = async (change: string) => {
            const first = await countSqlRoundTrips(() => readProgramme(tx));
            const again = await countSqlRoundTrips(() => readProgramme(tx));
            // Read as kept the second time, whether or not the change moved the figures.
            expect(again.roundTrips, change).toBe(1);
            for (const programme of [first.result!, again.result!]) {
              expect(programme.enrolled, change).toEqual({
                participants: await n(`select count(*) as n ${inCpi} and e.status in ('confirmed', 'completed')`),
                countries: await n(
                  `select count(distinct pr.nationality) as n ${inCpi} and e.status in ('confirmed', 'completed')`,
                ),
              });
              expect(programme.network, change).toEqual({
                alumni: await n(`select count(distinct e.user_id) as n ${inCpi} and e.status = 'completed'`),
                countries: await n(`select count(distinct pr.nationality) as n ${inCpi} and e.status = 'completed'`),
                since: (
                  await read<{ y: number | null }>(`select min(c.year) as y ${inCpi} and e.status = 'completed'`)
                )[0]!.y,
              });
            }
            const directory = await listDirectory(tx, viewerOf(admin), {}, { filterOptions: true });
            expect(directory.total, change).toBe(
              await n(
                `select count(*) as n from users u where exists (select 1 from enrolments e where e.user_id = u.id and e.status = 'completed')`,
              ),
            );
            const years = await read<{ year: number }>(
              `select c.year from enrolments e join cohorts c on c.id = e.cohort_id where e.status = 'completed'`,
            );
            expect(directory.filterOptions!.programmes, change).toEqual(
              await read<{ slug: string; title: string }>(
                `select p.slug, p.title from programmes p where exists (select 1 from enrolments e join cohorts c on c.id = e.cohort_id where c.programme_id = p.id and e.status = 'completed') order by p.title, p.slug`,
              ),
            );
            expect(directory.filterOptions!.years, change).toEqual(
              [...new Set(years.map((o) => o.year))].sort((a, b) => b - a),
            );
          };
          await check("as seeded");
          const changes = [
            `update profiles set nationality = 'IS' where user_id = (select e.user_id ${inCpi} and e.status = 'completed' order by e.id limit 1)`,
            `update enrolments set status = 'not_completed' where id = (${completedInCpi})`,
            `delete from enrolments where id = (${completedInCpi})`,
            `insert into enrolments (cohort_id, user_id, status) select c.id, u.id, 'completed' from cohorts c cross join users u
              where c.programme_id = '${cpi}' and not exists (select 1 from enrolments e where e.user_id = u.id) order by c.id, u.id limit 1`,
            `update cohorts set year = 1999 where id = (select e.cohort_id ${inCpi} and e.status = 'completed' order by e.id limit 1)`,
            `update programmes set title = 'Zz renamed' where id = '${cpi}'`,
            `delete from cohorts where id = (select e.cohort_id ${inCpi} and e.status = 'completed' order by e.id limit 1)`,
          ];
          for (const change of changes) {
            await tx.execute(sql.raw(change));
            await check(change);
          }
          throw undo;
        })
        .catch((error: unknown) => {
          if (error !== undo) throw error;
        });
    });

    it("the partner's programmes (/partner): editions per programme", async () => {
      const list = await listPartnerProgrammes(t.db, partner);
      const editions = await editionsPerProgramme();
      expect(list.length).toBeGreaterThan(0);
      for (const p of list) expect(p.cohorts, p.title).toBe(editions.get(p.id));
    });

    it("the partner's programme page: per edition applications, enrolled, completed, countries, sessions and per-track enrolment", async () => {
      const cpiId = (
        await rows<{ id: string }>(sql.raw(`select id from programmes where slug = '${SEED_SLUGS.cpi}'`))
      )[0]!.id;
      const view = (await getPartnerProgramme(t.db, partner, cpiId))!;
      const inCpi = `c.programme_id = '${cpiId}'`;
      const applied = await byId(
        sql.raw(
          `select c.id, count(a.id) as n from cohorts c join calls k on k.cohort_id = c.id join applications a on a.call_id = k.id where ${inCpi} and a.status <> 'draft' group by c.id`,
        ),
      );
      const active = `e.status in ('confirmed', 'completed')`;
      const enrolled = await byId(
        sql.raw(
          `select c.id, count(*) as n from cohorts c join enrolments e on e.cohort_id = c.id where ${inCpi} and ${active} group by c.id`,
        ),
      );
      const completed = await byId(
        sql.raw(
          `select c.id, count(*) as n from cohorts c join enrolments e on e.cohort_id = c.id where ${inCpi} and e.status = 'completed' group by c.id`,
        ),
      );
      const countries = await byId(
        sql.raw(
          `select c.id, count(distinct pr.nationality) as n from cohorts c join enrolments e on e.cohort_id = c.id left join profiles pr on pr.user_id = e.user_id where ${inCpi} and ${active} group by c.id`,
        ),
      );
      const sessionsPer = await byId(
        sql.raw(
          `select c.id, count(*) as n from cohorts c join sessions s on s.cohort_id = c.id where ${inCpi} group by c.id`,
        ),
      );
      const perTrack = await byId(
        sql.raw(
          `select t.id, (select count(*) from enrolments e where e.track_id = t.id and ${active}) as n from tracks t join cohorts c on c.id = t.cohort_id where ${inCpi}`,
        ),
      );
      const partnersPer = await byId(
        sql.raw(
          `select t.id, (select count(*) from track_partners tp where tp.track_id = t.id) as n from tracks t join cohorts c on c.id = t.cohort_id where ${inCpi}`,
        ),
      );
      // Tracks where an organisation the partner acts for is one of the partners.
      const ours = new Set(
        (
          await rows<{ id: string }>(
            sql.raw(
              `select distinct tp.track_id as id from track_partners tp join organisation_members m on m.organisation_id = tp.organisation_id where m.user_id = '${partner.userId}'`,
            ),
          )
        ).map((r) => r.id),
      );
      expect(view.cohorts).toHaveLength(await one(sql.raw(`select count(*) as n from cohorts c where ${inCpi}`)));
      expect(view.organisations).toHaveLength(
        await one(sql.raw(`select count(*) as n from programme_organisations where programme_id = '${cpiId}'`)),
      );
      let tracksSeen = 0;
      for (const c of view.cohorts) {
        expect(c.applications, `${c.title} applications`).toBe(applied.get(c.id) ?? 0);
        expect(c.enrolled, `${c.title} enrolled`).toBe(enrolled.get(c.id) ?? 0);
        expect(c.completed, `${c.title} completed`).toBe(completed.get(c.id) ?? 0);
        expect(c.countries, `${c.title} countries`).toBe(countries.get(c.id) ?? 0);
        expect(c.sessions, `${c.title} sessions`).toBe(sessionsPer.get(c.id) ?? 0);
        for (const track of c.tracks) {
          expect(track.enrolled, `${c.title} / ${track.title}`).toBe(perTrack.get(track.id));
          expect(track.partners, `${c.title} / ${track.title} partners`).toHaveLength(partnersPer.get(track.id)!);
          expect(track.ours, `${c.title} / ${track.title} ours`).toBe(ours.has(track.id));
        }
        tracksSeen += c.tracks.length;
      }
      expect(tracksSeen).toBe(perTrack.size);
      // CPI 2023 has graduates, spread over its sections.
      expect(completed.get(SEED_IDS.cpi2023Cohort) ?? 0).toBeGreaterThan(0);
      const cpi2023 = view.cohorts.find((c) => c.id === SEED_IDS.cpi2023Cohort)!;
      expect(cpi2023.tracks.some((tr) => tr.enrolled > 0)).toBe(true);
      // Four sections with partners, the Publication section with two; the partner (BIMF) runs one of them.
      expect(cpi2023.tracks.filter((tr) => tr.partners.length > 0)).toHaveLength(4);
      expect(cpi2023.tracks.find((tr) => tr.title.startsWith("Publication"))!.partners).toHaveLength(2);
      expect(cpi2023.tracks.filter((tr) => tr.ours)).toHaveLength(1);
    });

    it("the organisation directory (/admin/organisations): programmes and networks per organisation, on every page", async () => {
      const programmesPer = await byId(
        sql.raw(
          `select o.id, (select count(distinct po.programme_id) from programme_organisations po where po.organisation_id = o.id) as n from organisations o`,
        ),
      );
      const networksPer = await byId(
        sql.raw(
          `select o.id, (select count(*) from network_members m where m.organisation_id = o.id) as n from organisations o`,
        ),
      );
      const first = await listOrganisations(t.db, {});
      expect(first.total).toBe(programmesPer.size);
      const seen: { id: string; programmes: number; networks: number }[] = [...first.items];
      for (let page = 2; page <= Math.ceil(first.total / first.pageSize); page++)
        seen.push(...(await listOrganisations(t.db, { page })).items);
      expect(seen).toHaveLength(first.total);
      for (const o of seen) {
        expect(o.programmes, `${o.id} programmes`).toBe(programmesPer.get(o.id));
        expect(o.networks, `${o.id} networks`).toBe(networksPer.get(o.id));
      }
      expect(seen.some((o) => o.programmes > 0)).toBe(true);
      expect(seen.some((o) => o.networks > 0)).toBe(true);
    });

    it("the networks (/admin/networks, /networks/gnlc): members, countries and coordinator", async () => {
      const membersPer = await byId(
        sql.raw(`select n.id, (select count(*) from network_members m where m.network_id = n.id) as n from networks n`),
      );
      const list = await listNetworks(t.db);
      expect(list).toHaveLength(membersPer.size);
      for (const n of list) expect(n.members, n.name).toBe(membersPer.get(n.id));
      const gnlc = (await getPublicNetwork(t.db, SEED_SLUGS.learningCitiesNetwork))!;
      expect(gnlc.members).toHaveLength(membersPer.get(gnlc.id)!);
      expect((await getNetworkForAdmin(t.db, gnlc.id))!.members).toHaveLength(membersPer.get(gnlc.id)!);
      const countries = await rows<{ country: string; n: number | string }>(
        sql.raw(
          `select o.country, count(*) as n from network_members m join organisations o on o.id = m.organisation_id where m.network_id = '${gnlc.id}' and o.country is not null group by o.country order by o.country`,
        ),
      );
      expect(gnlc.countries).toEqual(countries.map((c) => ({ country: c.country, n: Number(c.n) })));
      const [coordinator] = await rows<{ name: string | null }>(
        sql.raw(
          `select o.name from networks n left join organisations o on o.id = n.coordinator_id where n.id = '${gnlc.id}'`,
        ),
      );
      expect(gnlc.coordinator).toBe(coordinator?.name ?? null);
    });

    it("the calls (/admin/calls): drafts and sent applications per call, and each call's application count", async () => {
      const drafts = await byId(
        sql.raw(
          `select k.id, (select count(*) from applications a where a.call_id = k.id and a.status = 'draft') as n from calls k`,
        ),
      );
      const sent = await byId(
        sql.raw(
          `select k.id, (select count(*) from applications a where a.call_id = k.id and a.status not in ('draft', 'withdrawn')) as n from calls k`,
        ),
      );
      const all = await byId(
        sql.raw(`select k.id, (select count(*) from applications a where a.call_id = k.id) as n from calls k`),
      );
      const list = await listManagedCalls(t.db, admin);
      expect(list).toHaveLength(all.size);
      for (const call of list) {
        expect(call.drafts, `${call.title} drafts`).toBe(drafts.get(call.id));
        expect(call.sent, `${call.title} sent`).toBe(sent.get(call.id));
        expect((await getCallForAdmin(t.db, admin, call.id))!.applicationCount, `${call.title} applications`).toBe(
          all.get(call.id),
        );
      }
      expect(sent.get(SEED_IDS.cpi2027Call)).toBeGreaterThanOrEqual(300);
    });

    it("the edition pages: sessions, tracks and phases of every edition", async () => {
      const sessionsPer = await byId(
        sql.raw(`select c.id, (select count(*) from sessions s where s.cohort_id = c.id) as n from cohorts c`),
      );
      const tracksPer = await byId(
        sql.raw(`select c.id, (select count(*) from tracks t where t.cohort_id = c.id) as n from cohorts c`),
      );
      const phasesPer = await byId(
        sql.raw(`select c.id, (select count(*) from cohort_phases p where p.cohort_id = c.id) as n from cohorts c`),
      );
      const partnersPer = await byId(
        sql.raw(`select t.id, (select count(*) from track_partners tp where tp.track_id = t.id) as n from tracks t`),
      );
      for (const [cohortId, n] of sessionsPer) {
        const header = (await getCohortHeader(t.db, cohortId))!;
        const timetable = await getTimetable(t.db, header);
        expect(timetable.sessions, `${header.title} sessions`).toHaveLength(n);
        expect(timetable.tracks, `${header.title} tracks`).toHaveLength(tracksPer.get(cohortId)!);
        for (const track of timetable.tracks)
          expect(track.partners, `${header.title} / ${track.title} partners`).toHaveLength(partnersPer.get(track.id)!);
        expect(timetable.phases, `${header.title} phases`).toHaveLength(phasesPer.get(cohortId)!);
      }
    });
  });
}
