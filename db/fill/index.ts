import { sql } from "drizzle-orm";
import type { Database } from "../client";

/**
 * Years of data in seconds: a programme of many editions whose calls hold tens of thousands of applications
 * with answers, reviews scored on the call's rubric, and thousands of alumni with profiles, posts and
 * messages. The database writes it itself (generate_series), so 100,000 applications take seconds. Every
 * id, name, score and date is a formula of the row's number: two fills of the same size are the same rows.
 * It adds to a seeded database (the seeded reviewer, if present, takes a share of the reviews) and needs none.
 */
export type FillOptions = {
  /** Applications in all, over every edition's call. */
  applications: number;
  /** Editions (cohorts), one call each. */
  editions?: number;
  /** The share of the applications in the latest edition's call (the rest split evenly); even when absent. */
  latestShare?: number;
  /** Alumni with a completed enrolment, a profile, a post every other one and two messages each. */
  alumni?: number;
  /** Reviewers on the programme's panel (the seeded reviewer among them when present). */
  reviewers?: number;
};

/** What a fill wrote, for tests and benchmarks to check and to visit. */
export type FillSummary = {
  programme: string;
  latestEdition: string;
  latestCall: string;
  applications: number;
  latestCallApplications: number;
  reviews: number;
  alumni: number;
  posts: number;
  messages: number;
};

const FILL_PROGRAMME_ID = "b0000000-0000-4000-8000-000000000001";
const REVIEWS_PER_APPLICATION = 2;
/** The rubric of every filled call; reviews store one whole score per criterion id (reviews.scores). */
const RUBRIC = [
  { id: "relevance", label: "Relevance to the programme", weight: 2, max: 10 },
  { id: "experience", label: "Professional experience", weight: 1, max: 10 },
  { id: "motivation", label: "Motivation", weight: 1, max: 5 },
];
const FORM = {
  pages: [{ title: "Application" }],
  questions: [
    { id: "motivation", page: 0, type: "long_text", label: "Why do you apply?", required: true, maxWords: 300 },
    { id: "years", page: 0, type: "number", label: "Years of experience", required: true },
    {
      id: "sector",
      page: 0,
      type: "single_choice",
      label: "Sector",
      required: true,
      options: ["Government", "NGO", "Academia", "Private"],
    },
  ],
};

/** A fixed uuid per kind of row and number: 'b0000000-0000-4000-<kind>-<n padded to 12>'. */
const id = (kind: string, n: string) => `('b0000000-0000-4000-${kind}-' || lpad((${n})::text, 12, '0'))::uuid`;
const KIND = {
  edition: "8001",
  track: "8002",
  call: "8003",
  user: "8004",
  application: "8005",
  reviewer: "8006",
  post: "8007",
  message: "8008",
  review: "8009",
  enrolment: "800a",
};

function plan(options: FillOptions) {
  const editions = options.editions ?? 20;
  const n = options.applications;
  const latest = Math.min(n, Math.ceil(n * (options.latestShare ?? 1 / editions)));
  // Applicant of row i: 1 + i % users. Unique per call when users ≥ the latest call's rows and coprime with the
  // other calls' stride (editions - 1), so most people apply to two or more editions.
  let users = Math.max(latest, editions === 2 ? n - latest : 0, Math.ceil(n / 2), options.alumni ?? 0, 1);
  while (editions > 2 && users % (editions - 1) === 0) users++;
  const reviewers = Math.max(options.reviewers ?? 199, REVIEWS_PER_APPLICATION + 1);
  return { editions, n, latest, users, reviewers, alumni: Math.min(options.alumni ?? 0, users) };
}

/** The statements, in order; each is one round trip. */
export function fillStatements(options: FillOptions): string[] {
  const { editions: E, n: N, latest: S, users: U, reviewers: R, alumni: A } = plan(options);
  const P = `'${FILL_PROGRAMME_ID}'::uuid`;
  // Row i's call: the first S rows fill the latest edition, the rest go round the others.
  const editionOf = E > 1 ? `case when i <= ${S} then ${E} else 1 + i % ${E - 1} end` : "1";
  const rubric = JSON.stringify(RUBRIC).replace(/'/g, "''");
  const form = JSON.stringify(FORM).replace(/'/g, "''");
  // Reviewer slot 0 is the seeded reviewer when there is one (so reviewer@madang.test has a long queue).
  const panel = `(select 0 as slot, id from users where email = 'reviewer@madang.test'
       union all select r % ${R}, ${id(KIND.reviewer, "r")} from generate_series(1, ${R}) r
       where r < ${R} or not exists (select 1 from users where email = 'reviewer@madang.test'))`;
  const scoreOf = (c: number, max: number) => `((i * ${7 + 2 * c} + k * ${5 + c} + r * 3) % ${max + 1})`;
  return [
    `insert into programmes (id, slug, title, status, sdgs) values (${P}, 'bench-reports', 'Bench programme', 'published', '{4,5,17}')`,
    `insert into programme_agenda_goals (programme_id, goal_id) select ${P}, id from agenda_goals`,
    `insert into cohorts (id, programme_id, title, year, status, is_published)
       select ${id(KIND.edition, "g")}, ${P}, 'Bench ' || (2006 + g), 2006 + g, 'completed', true from generate_series(1, ${E}) g`,
    `insert into tracks (id, cohort_id, title, level, position)
       select ${id(KIND.track, "g * 10 + k")}, ${id(KIND.edition, "g")},
              case k when 1 then 'Course' else 'Officials' end, case k when 1 then 'general'::track_level else 'senior'::track_level end, k
       from generate_series(1, ${E}) g, generate_series(1, 2) k`,
    `insert into calls (id, cohort_id, title, status, opens_at, closes_at, rubric, form)
       select ${id(KIND.call, "g")}, ${id(KIND.edition, "g")}, 'Bench call ' || (2006 + g), 'closed',
              make_timestamptz(2005 + g, 10, 1, 0, 0, 0, 'UTC'), make_timestamptz(2006 + g, 1, 31, 0, 0, 0, 'UTC'),
              '${rubric}'::jsonb, '${form}'::jsonb
       from generate_series(1, ${E}) g`,
    `insert into call_tracks (call_id, track_id) select ${id(KIND.call, "g")}, ${id(KIND.track, "g * 10 + k")}
       from generate_series(1, ${E}) g, generate_series(1, 2) k`,
    `insert into users (id, email, name)
       select ${id(KIND.user, "i")}, 'bench-' || i || '@example.org',
              (array['Kim','Nguyen','Okafor','Silva','Haddad','Tanaka','Mensah','Rojas','Batbayar','Karimov'])[1 + i % 10] || ' ' ||
              (array['Ana','Minh','Joseph','Lucía','Omar','Yuki','Ama','Diego','Saran','Aziz','Lina','Tevita'])[1 + (i / 10) % 12] || ' ' || i
       from generate_series(1, ${U}) i`,
    `insert into profiles (user_id, gender, nationality, organisation)
       select ${id(KIND.user, "i")},
              (array['woman','man','woman','man','non_binary','undisclosed','another'])[1 + i % 7]::gender,
              (array['KR','VN','TH','KE','GH','PE','CO','MN','UZ','EG','JO','FR','FJ','BD','NP','MX','ZA','IN','ID','PH'])[1 + (i * 7) % 20],
              'Organisation ' || (i % 500)
       from generate_series(1, ${U}) i`,
    `insert into applications (id, reference, call_id, applicant_id, status, answers, snapshot_gender, snapshot_nationality,
                               snapshot_organisation, track_preferences, submitted_at, created_at, updated_at)
       select ${id(KIND.application, "i")}, 'BENCH-' || i, ${id(KIND.call, "x.g")}, p.user_id,
              (array['submitted','submitted','under_review','under_review','rejected','rejected','rejected','waitlisted','declined','confirmed'])[1 + (i * 13) % 10]::application_status,
              jsonb_build_object('motivation', 'I work on adult learning in my city and want to learn from peers (' || i || ').',
                                 'years', i % 25, 'sector', (array['Government','NGO','Academia','Private'])[1 + i % 4]),
              p.gender, p.nationality, p.organisation,
              array[${id(KIND.track, "x.g * 10 + 1 + i % 2")}],
              x.at, x.at, x.at
       from generate_series(1, ${N}) i
       cross join lateral (select ${editionOf} as g) e
       cross join lateral (select e.g, make_timestamptz(2006 + e.g, 1, 1, 0, 0, 0, 'UTC') + (i % 43200) * interval '1 minute' as at) x
       join profiles p on p.user_id = ${id(KIND.user, `1 + i % ${U}`)}`,
    `insert into users (id, email, name)
       select ${id(KIND.reviewer, "r")}, 'bench-reviewer-' || r || '@example.org', 'Bench reviewer ' || r from generate_series(1, ${R}) r`,
    `insert into programme_roles (programme_id, user_id, role) select ${P}, id, 'reviewer' from ${panel} p`,
    `insert into reviews (id, reviewer_id, application_id, status, scores, version, assigned_at, submitted_at)
       select ${id(KIND.review, `a.i * ${REVIEWS_PER_APPLICATION} + k`)}, p.id, a.id, case when a.status = 'submitted' then 'assigned' else 'submitted' end::review_status,
              case when a.status = 'submitted' then '{}'::jsonb
                   else jsonb_build_object('relevance', ${scoreOf(0, 10)}, 'experience', ${scoreOf(1, 10)}, 'motivation', ${scoreOf(2, 5)}) end,
              1, a.submitted_at, case when a.status = 'submitted' then null else a.submitted_at + interval '20 days' end
       from (select id, status, submitted_at, substr(reference, 7)::int as i from applications where reference like 'BENCH-%') a
       cross join generate_series(0, ${REVIEWS_PER_APPLICATION - 1}) k
       cross join lateral (select (a.i + k * (1 + a.i % ${R - 1})) % ${R} as r) s
       join ${panel} p on p.slot = s.r`,
    `insert into enrolments (id, cohort_id, user_id, application_id, track_id, status, completed_at)
       select ${id(KIND.enrolment, "substr(a.reference, 7)::int")}, k.cohort_id, a.applicant_id, a.id, a.track_preferences[1], case when a.reference like '%3' then 'not_completed' else 'completed' end::enrolment_status, k.closes_at
       from applications a join calls k on k.id = a.call_id where a.reference like 'BENCH-%' and a.status = 'confirmed'
       on conflict do nothing`,
    // The alumni: users 1..A, each with a completed edition (their own if they had one) and a profile.
    `insert into enrolments (id, cohort_id, user_id, track_id, status, completed_at)
       select ${id(KIND.enrolment, `${N} + i`)}, ${id(KIND.edition, `1 + i % ${E}`)}, ${id(KIND.user, "i")}, ${id(KIND.track, `(1 + i % ${E}) * 10 + 1`)}, 'completed',
              make_timestamptz(2006 + 1 + i % ${E}, 6, 30, 0, 0, 0, 'UTC')
       from generate_series(1, ${A}) i
       where not exists (select 1 from enrolments e where e.user_id = ${id(KIND.user, "i")} and e.status = 'completed')
       on conflict do nothing`,
    `insert into alumni_profiles (user_id, bio, current_position, current_organisation, country, fields, languages, visibility, is_expert, is_expert_public, expert_areas)
       select ${id(KIND.user, "i")}, 'Working on lifelong learning since ' || (1990 + i % 30) || '.',
              (array['Director','Researcher','Teacher','Officer','Consultant'])[1 + i % 5], 'Organisation ' || (i % 500),
              p.nationality, array[(array['literacy','adult education','ICT','policy','gender'])[1 + i % 5]], array['en'],
              case when i % 10 = 0 then '{"name":"alumni"}' else '{"name":"public","country":"public","position":"alumni","organisation":"alumni","fields":"public"}' end::jsonb,
              i % 25 = 0, i % 50 = 0, case when i % 25 = 0 then array['evaluation'] else '{}'::text[] end
       from generate_series(1, ${A}) i join profiles p on p.user_id = ${id(KIND.user, "i")}`,
    `insert into posts (id, author_id, kind, title, body, opportunity_kind, event_starts_at, event_ends_at, event_time_zone, created_at)
       select ${id(KIND.post, "i")}, ${id(KIND.user, "i")}, (array['news','opportunity','event'])[1 + (i / 2) % 3]::post_kind,
              'Bench post ' || i, 'News from an alumnus, number ' || i || '.',
              case when (i / 2) % 3 = 1 then 'job' end,
              case when (i / 2) % 3 = 2 then make_timestamptz(2025, 1 + i % 12, 10, 9, 0, 0, 'UTC') end,
              case when (i / 2) % 3 = 2 then make_timestamptz(2025, 1 + i % 12, 10, 12, 0, 0, 'UTC') end,
              case when (i / 2) % 3 = 2 then 'Asia/Seoul' end,
              make_timestamptz(2024, 1, 1, 0, 0, 0, 'UTC') + i * interval '1 hour'
       from generate_series(2, ${A}, 2) i`,
    `insert into alumni_messages (id, sender_id, recipient_id, body, created_at)
       select ${id(KIND.message, "i * 2 + k")}, ${id(KIND.user, "i")}, ${id(KIND.user, `1 + (i + k) % ${A}`)},
              'Hello from alumnus ' || i || '.', make_timestamptz(2024, 6, 1, 0, 0, 0, 'UTC') + (i * 2 + k) * interval '1 minute'
       from generate_series(1, ${A}) i, generate_series(1, 2) k
       where ${A} > 3`,
    // A database in use for years has been vacuumed (autovacuum), so its visibility map lets the lists count from an
    // index alone; a bulk insert has not yet: without this the first minutes of a bench read the heap for every row.
    `vacuum analyze`,
  ];
}

/** Writes the fill into a (seeded or empty) migrated database and says what it holds. */
export async function fillDatabase(db: Database, options: FillOptions): Promise<FillSummary> {
  for (const statement of fillStatements(options)) await db.execute(sql.raw(statement));
  const { editions, latest, n, alumni } = plan(options);
  return {
    programme: FILL_PROGRAMME_ID,
    latestEdition: `b0000000-0000-4000-${KIND.edition}-${String(editions).padStart(12, "0")}`,
    latestCall: `b0000000-0000-4000-${KIND.call}-${String(editions).padStart(12, "0")}`,
    applications: n,
    latestCallApplications: latest,
    reviews: n * REVIEWS_PER_APPLICATION,
    alumni,
    posts: Math.floor(alumni / 2),
    messages: alumni > 3 ? alumni * 2 : 0,
  };
}
