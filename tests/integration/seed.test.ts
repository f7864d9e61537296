import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAuditAction } from "@/lib/audit/actions";
import { AUDIT_PAGE_SIZE } from "@/lib/audit/queries";
import { checkStatusTransition, QUESTION_STATUSES } from "@/lib/questions/status";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { INBOX_VIEWS, parseInboxParams } from "@/lib/triage/inbox-params";
import { getPartnerInbox, resolveInboxScope } from "@/lib/triage/inbox-queries";
import type { CommitmentState } from "@/lib/generated/prisma/enums";
import { statusFromCommitments } from "@/lib/commitments/policy";
import { describeDue } from "@/lib/triage/inbox-wording";
import { Prisma } from "@/lib/generated/prisma/client";
import { voteWeightSql } from "@/lib/votes/trending";
import { signedInActor } from "../support/fixtures";
import { DEMO_DATABASE_MARK, demoSeedRefusal } from "../../scripts/lib/demo-database";

const run = promisify(execFile);
let client: pg.Client;

async function seed() {
  await run("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, NODE_ENV: "test", SEED_DEMO_DATA: "yes" } });
}

// A full seed costs a process and several seconds of CPU: the tests that read the seeded data share one run (the
// test that proves running it twice changes nothing runs it a second time itself).
let seeded: Promise<void> | null = null;
function seedOnce(): Promise<void> {
  seeded ??= seed();
  return seeded;
}

async function tableCounts(): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name",
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table_name}"`);
    counts[table_name] = Number(rows[0]!.n);
  }
  // A download's replaced version is kept for an hour, for downloads already under way
  // (lib/open-data/downloads/generate.ts): what each run leaves is the current versions and their pieces.
  const { rows: current } = await client.query<{ versions: string; pieces: string }>(
    `SELECT count(DISTINCT f.version_id) AS versions, count(c.seq) AS pieces
     FROM open_data_file f LEFT JOIN open_data_file_chunk c ON c.version_id = f.version_id`,
  );
  counts.open_data_file_version = Number(current[0]!.versions);
  counts.open_data_file_chunk = Number(current[0]!.pieces);
  return counts;
}

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

// Seeding runs the whole demo (a few hundred people and questions, over a thousand supports through their
// triggers) beside the other integration files on two cores: generous, so only a hang fails.
const SEEDING_TIMEOUT = 240_000;

describe("npm run db:seed", () => {
  it(
    "refuses a database it did not create, whatever NODE_ENV says, unless told",
    { timeout: SEEDING_TIMEOUT },
    async () => {
      const before = await tableCounts();
      // Side by side: each is a process that mostly starts up (compiling the seed's imports) and then stops.
      await Promise.all(
        (["development", "test", "production"] as const).map(async (nodeEnv) => {
          const refused = run("npx", ["tsx", "prisma/seed.ts"], {
            env: { ...process.env, NODE_ENV: nodeEnv, SEED_DEMO_DATA: "" },
          });
          await expect(refused, nodeEnv).rejects.toMatchObject({
            stderr: expect.stringContaining("Refusing to load demo accounts"),
          });
        }),
      );
      expect(await tableCounts()).toEqual(before);
    },
  );

  it("accepts the database npm run dev marked as its own", () => {
    expect(demoSeedRefusal(DEMO_DATABASE_MARK, {})).toBeNull();
    expect(demoSeedRefusal("someone else's comment", {})).not.toBeNull();
    expect(demoSeedRefusal(null, { NODE_ENV: "development" })).not.toBeNull();
    expect(demoSeedRefusal(null, { SEED_DEMO_DATA: "yes" })).toBeNull();
  });

  it("gives the same counts when run twice, with the data the demo needs", { timeout: SEEDING_TIMEOUT }, async () => {
    await seedOnce();
    const first = await tableCounts();
    await seed();
    const second = await tableCounts();
    expect(second).toEqual(first);

    expect(first.district).toBe(15); // 12 districts, 2 unitary authorities, Essex-wide
    expect(first.theme).toBe(10);
    expect(first.organisation).toBe(3);
    expect(first.bank_holiday).toBeGreaterThanOrEqual(24);
    expect(first.question).toBeGreaterThanOrEqual(60);
    expect(first.response).toBeGreaterThan(0);
    expect(first.comment).toBeGreaterThan(0);

    // The bulk downloads are made once by the seed, so the demo has them before the hourly job runs.
    const { rows: files } = await client.query<{ resource: string; format: string; records: number }>(
      "SELECT resource::text, format::text, records FROM open_data_file WHERE resource = 'questions'",
    );
    const { rows: publishedCount } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM question WHERE moderation = 'approved'",
    );
    expect(first.open_data_file).toBe(14);
    expect(files.map((f) => [f.format, f.records]).sort()).toEqual([
      ["csv", publishedCount[0]!.n],
      ["json", publishedCount[0]!.n],
    ]);

    const { rows: statuses } = await client.query<{ status: string }>(
      "SELECT DISTINCT status FROM question WHERE moderation = 'approved'",
    );
    expect(statuses.map((r) => r.status).sort()).toEqual([...QUESTION_STATUSES].sort());
    const { rows: pending } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM question WHERE moderation = 'pending'",
    );
    expect(Number(pending[0]!.n)).toBeGreaterThan(0);

    const { rows: roles } = await client.query<{ platform_role: string; age_band: string | null; memberships: string }>(
      `SELECT u.platform_role, u.age_band, count(m.user_id) AS memberships FROM "user" u
       LEFT JOIN organisation_membership m ON m.user_id = u.id WHERE u.email LIKE '%@example.com' AND u.password_hash IS NOT NULL
       GROUP BY u.id`,
    );
    expect(new Set(roles.map((r) => r.platform_role))).toEqual(new Set(["citizen", "moderator", "admin"]));
    expect(roles.some((r) => r.age_band === "under_16")).toBe(true);
    expect(roles.filter((r) => Number(r.memberships) > 0).length).toBeGreaterThanOrEqual(3);

    // The demo citizen takes part in the conversation: comments, follows and some unread notifications, each
    // event told once, with the stored unread count equal to the unread rows.
    const { rows: citizen } = await client.query<{
      comments: string;
      follows: string;
      unread: string;
      stored: number;
      events: string;
      notifications: string;
    }>(
      `SELECT (SELECT count(*) FROM comment c WHERE c.author_id = u.id) AS comments,
              (SELECT count(*) FROM follow f WHERE f.user_id = u.id) AS follows,
              (SELECT count(*) FROM notification n WHERE n.user_id = u.id AND n.read_at IS NULL) AS unread,
              (SELECT count(DISTINCT n.event_id) FROM notification n WHERE n.user_id = u.id) AS events,
              (SELECT count(*) FROM notification n WHERE n.user_id = u.id) AS notifications,
              u.unread_notifications AS stored
       FROM "user" u WHERE u.email = 'citizen@example.com'`,
    );
    expect(Number(citizen[0]!.comments)).toBeGreaterThan(0);
    expect(Number(citizen[0]!.follows)).toBeGreaterThan(0);
    expect(Number(citizen[0]!.unread)).toBeGreaterThan(0);
    expect(Number(citizen[0]!.notifications)).toBeGreaterThan(Number(citizen[0]!.unread));
    expect(citizen[0]!.stored).toBe(Number(citizen[0]!.unread));
    expect(Number(citizen[0]!.events)).toBe(Number(citizen[0]!.notifications));
    // Everyone who asked follows their question.
    const { rows: unfollowed } = await client.query(
      "SELECT q.id FROM question q WHERE q.author_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM follow f WHERE f.question_id = q.id AND f.user_id = q.author_id)",
    );
    expect(unfollowed).toEqual([]);

    // Stored counts equal their rows.
    const { rows: drift } = await client.query(
      `SELECT q.id FROM question q
       WHERE q.support_count <> (SELECT count(*) FROM vote v WHERE v.question_id = q.id)
          OR q.comment_count <> (SELECT count(*) FROM comment c WHERE c.question_id = q.id AND c.moderation = 'approved')`,
    );
    expect(drift).toEqual([]);

    // The audit log has more than a page of the demo's history, each entry under an action the log can name.
    const { rows: audit } = await client.query<{ action: string }>("SELECT action FROM audit_log");
    expect(audit.length).toBeGreaterThan(AUDIT_PAGE_SIZE);
    expect(audit.map((row) => row.action).filter((action) => !isAuditAction(action))).toEqual([]);
  });
  it(
    "has commitments in every state, for more than one organisation, that agree with their questions",
    { timeout: SEEDING_TIMEOUT },
    async () => {
      await seedOnce();
      const { rows } = await client.query<{
        key: string;
        state: CommitmentState;
        organisation_id: number;
        overdue: boolean;
        supporters: number;
        statuses: QuestionStatus[];
        all_states: CommitmentState[][];
      }>(
        `SELECT c.id AS key, c.state, c.organisation_id, (c.target_date < current_date AND c.state IN ('planned', 'in_progress')) AS overdue,
              (SELECT min(q.support_count) FROM commitment_question cq JOIN question q ON q.id = cq.question_id WHERE cq.commitment_id = c.id) AS supporters,
              (SELECT array_agg(q.status::text) FROM commitment_question cq JOIN question q ON q.id = cq.question_id WHERE cq.commitment_id = c.id) AS statuses,
              (SELECT array_agg((SELECT array_agg(o.state::text) FROM commitment_question ocq JOIN commitment o ON o.id = ocq.commitment_id WHERE ocq.question_id = cq.question_id))
                 FROM commitment_question cq WHERE cq.commitment_id = c.id) AS all_states
       FROM commitment c`,
      );
      expect(new Set(rows.map((r) => r.state))).toEqual(new Set(["planned", "in_progress", "delivered", "dropped"]));
      expect(new Set(rows.map((r) => r.organisation_id)).size).toBeGreaterThan(1);
      expect(rows.filter((r) => r.overdue).length).toBeGreaterThan(0);
      // The delivered one rests on questions with 10 or more supporters (enough for the delivery check's figures).
      expect(rows.filter((r) => r.state === "delivered").every((r) => r.supporters >= 10)).toBe(true);
      // Each question's status is what its commitments give it.
      for (const row of rows)
        row.statuses.forEach((status, i) => expect(status).toBe(statusFromCommitments(row.all_states[i]!)));
      // One delivered commitment is confirmed by the public: 10 or more answers, most of them yes.
      const answers = await client.query<{ answered: number; yes: number }>(
        `SELECT count(answer)::int AS answered, count(*) FILTER (WHERE answer = 'yes')::int AS yes
         FROM delivery_check GROUP BY commitment_id ORDER BY 1 DESC LIMIT 1`,
      );
      expect(answers.rows[0]!.answered).toBeGreaterThanOrEqual(10);
      expect(answers.rows[0]!.yes * 2).toBeGreaterThan(answers.rows[0]!.answered);
    },
  );

  it(
    "has a past school workshop with answered questions from the room, and an upcoming meeting to join with the printed code",
    { timeout: SEEDING_TIMEOUT },
    async () => {
      await seedOnce();
      const { rows: events } = await client.query<{
        kind: string;
        past: boolean;
        join_code: string;
        facilitators: string[];
        published: number;
        answered: number;
      }>(
        `SELECT e.kind, e.ends_at < now() AS past, e.join_code,
                array(SELECT u.email FROM event_facilitator f JOIN "user" u ON u.id = f.user_id
                      WHERE f.event_id = e.id ORDER BY u.email) AS facilitators,
                (SELECT count(*)::int FROM question q WHERE q.event_id = e.id AND q.author_id IS NULL
                   AND q.moderation = 'approved') AS published,
                (SELECT count(*)::int FROM question q WHERE q.event_id = e.id AND q.status = 'answered'
                   AND EXISTS (SELECT 1 FROM response r WHERE r.question_id = q.id)) AS answered
         FROM event e ORDER BY e.starts_at`,
      );
      expect(events.map((e) => [e.kind, e.past])).toEqual([
        ["school_workshop", true],
        ["public_meeting", false],
      ]);
      for (const event of events)
        expect(event.facilitators).toEqual(["ecc.officer@example.com", "moderator@example.com"]);
      expect(events[0]!.published).toBeGreaterThanOrEqual(4);
      expect(events[0]!.answered).toBeGreaterThanOrEqual(2);
      // The code printed in the README's demo section.
      expect(events[1]!.join_code).toBe("ACT4EX");
      // Every published room question points at its portal question, and its stored support count equals its rows.
      const { rows: drift } = await client.query(
        `SELECT eq.id FROM event_question eq
         WHERE eq.support_count <> (SELECT count(*) FROM event_support s WHERE s.event_question_id = eq.id)
            OR (eq.question_id IS NOT NULL AND eq.moderation <> 'approved')`,
      );
      expect(drift).toEqual([]);
      const { rows: linked } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM question q JOIN event_question eq ON eq.question_id = q.id
         WHERE q.event_id = eq.event_id AND q.author_id IS NULL`,
      );
      expect(linked[0]!.n).toBe(events[0]!.published);
    },
  );

  it("leaves items waiting in the moderation queue, each explaining itself", { timeout: SEEDING_TIMEOUT }, async () => {
    await seedOnce();
    const one = async <T extends object>(sql: string): Promise<T[]> => (await client.query<T>(sql)).rows;

    // The under-16 demo student's held question with a phone number says why it waits.
    const student = await one<{ screening_rules: string[]; queued: boolean }>(
      `SELECT q.screening_rules, q.queued_at IS NOT NULL AS queued FROM question q JOIN "user" u ON u.id = q.author_id
       WHERE u.email = 'student@example.com' AND q.moderation = 'pending' AND q.body LIKE '%07700 900%'`,
    );
    expect(student).toEqual([{ screening_rules: ["child_protections", "personal_information"], queued: true }]);

    // Every held question is queued with at least one rule, and every stored report count equals its open flags.
    expect(
      await one(
        "SELECT id FROM question WHERE moderation = 'pending' AND (queued_at IS NULL OR cardinality(screening_rules) = 0)",
      ),
    ).toEqual([]);
    expect(
      await one(`SELECT q.id FROM question q WHERE q.open_flag_count <>
                   (SELECT count(*) FROM flag f WHERE f.question_id = q.id AND f.state = 'open')`),
    ).toEqual([]);

    // A new resident's held first comment.
    const comment = await one<{ screening_rules: string[] }>(
      `SELECT c.screening_rules FROM comment c JOIN "user" u ON u.id = c.author_id
       WHERE u.email = 'newcomer@example.com' AND c.moderation = 'pending' AND c.queued_at IS NOT NULL`,
    );
    expect(comment).toEqual([{ screening_rules: ["first_posts"] }]);

    // A public name waiting, with its rule.
    const names = await one<{ pending_name_rules: string[] }>(
      `SELECT pending_name_rules FROM "user" WHERE pending_display_name IS NOT NULL AND name_queued_at IS NOT NULL`,
    );
    expect(names).toEqual([{ pending_name_rules: ["personal_information"] }]);

    // A published question with two open reports by two people, and one hidden by three with no moderator.
    const reported = await one<{ moderation: string; moderated_by_id: string | null; reporters: string }>(
      `SELECT q.moderation, q.moderated_by_id, count(DISTINCT f.reporter_id) AS reporters
       FROM question q JOIN flag f ON f.question_id = q.id AND f.state = 'open'
       WHERE q.queued_at IS NOT NULL GROUP BY q.id ORDER BY q.open_flag_count`,
    );
    expect(reported.map((r) => [r.moderation, r.moderated_by_id, Number(r.reporters)])).toEqual([
      ["approved", null, 2],
      ["hidden", null, 3],
    ]);

    // A question the admin rejected under "Stay on topic", appealed by its author and not yet decided.
    const appealed = await one<{ rule: string; moderator: string; original: string; outcome: string | null }>(
      `SELECT q.moderation_rule AS rule, m.email AS moderator, o.email AS original, a.outcome
       FROM question q JOIN moderation_appeal a ON a.question_id = q.id AND a.appellant_id = q.author_id
       JOIN "user" m ON m.id = q.moderated_by_id JOIN "user" o ON o.id = a.original_moderator_id
       WHERE q.moderation = 'rejected' AND q.queued_at IS NOT NULL`,
    );
    expect(appealed).toEqual([
      { rule: "on_topic", moderator: "admin@example.com", original: "admin@example.com", outcome: null },
    ]);
  });

  it("lets each partner account show the whole flow in its inbox", { timeout: SEEDING_TIMEOUT }, async () => {
    await seedOnce();
    const partners = [
      "ecc.officer@example.com",
      "ecc.lead@example.com",
      "aru.researcher@example.com",
      "industry.engineer@example.com",
    ];
    for (const email of partners) {
      const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      const actor = (await signedInActor(user.id))!;
      const scope = await resolveInboxScope(actor, undefined);
      const views = Object.fromEntries(
        await Promise.all(
          INBOX_VIEWS.map(
            async (view) => [view, await getPartnerInbox(actor, scope, parseInboxParams({ view }))] as const,
          ),
        ),
      );
      const counts = views.pool!.counts;
      // Questions waiting in the pool, some claimed by the organisation (by this very person, too), at least one
      // overdue, and some the organisation answered.
      expect(counts.pool, email).toBeGreaterThanOrEqual(5);
      expect(counts.mine, email).toBeGreaterThanOrEqual(1);
      expect(counts.overdue, email).toBeGreaterThanOrEqual(1);
      expect(counts.answered, email).toBeGreaterThanOrEqual(2);
      const { today, bankHolidays } = views.pool!;
      const waitingInOrganisation = views.organisation!.rows.filter(
        (r) => r.answeredAt === null && r.status === "under_review",
      );
      // Claimed and still in time, as well as overdue.
      expect(
        waitingInOrganisation.some((r) => !describeDue(r.holder!.dueOn, today, bankHolidays).overdue),
        email,
      ).toBe(true);
      for (const row of views.overdue!.rows) {
        expect(describeDue(row.holder!.dueOn, today, bankHolidays).overdue).toBe(true);
      }
      expect(views.mine!.rows.filter((r) => r.status === "under_review").length, email).toBeGreaterThanOrEqual(1);
    }

    // Every timeline step is a legal transition, from "open" to the question's status.
    const { rows: timelines } = await client.query<{ status: QuestionStatus; steps: (QuestionStatus | null)[][] }>(
      `SELECT q.status, array_agg(ARRAY[s.from_status::text, s.to_status::text] ORDER BY s.created_at, s.id) AS steps
       FROM question q JOIN status_change s ON s.question_id = q.id WHERE q.moderation = 'approved' GROUP BY q.id`,
    );
    expect(timelines.length).toBeGreaterThan(0);
    for (const { status, steps } of timelines) {
      expect(steps[0]).toEqual([null, "open"]);
      for (let i = 1; i < steps.length; i += 1) {
        const [from, to] = steps[i]!;
        expect(from).toBe(steps[i - 1]![1]);
        expect(checkStatusTransition(from!, to!, { isAdmin: false }).allowed).toBe(true);
      }
      expect(steps[steps.length - 1]![1]).toBe(status);
    }
    // Each claim is in the hand-over history, by the member who holds it.
    const { rows: unrecorded } = await client.query(
      `SELECT a.question_id FROM assignment a WHERE NOT EXISTS (
         SELECT 1 FROM assignment_event e WHERE e.question_id = a.question_id AND e.kind = 'claimed'
           AND e.to_organisation_id = a.organisation_id AND e.member_id = a.claimed_by_id)`,
    );
    expect(unrecorded).toEqual([]);
  });
  it(
    "spreads the demo support across places, ages, kinds of people and the past year",
    { timeout: SEEDING_TIMEOUT },
    async () => {
      await seedOnce();
      const counts = async (sql: string): Promise<Map<string | null, number>> =>
        new Map((await client.query<{ key: string | null; n: string }>(sql)).rows.map((r) => [r.key, Number(r.n)]));
      const supportersBy = (column: string) =>
        counts(`SELECT ${column}::text AS key, count(DISTINCT v.user_id) AS n FROM vote v
              JOIN "user" u ON u.id = v.user_id LEFT JOIN district d ON d.id = u.district_id GROUP BY 1`);
      // Every breakdown has groups big enough to show and at least one small enough (under 5) to be suppressed.
      for (const [column, groups] of [
        ["d.slug", 12],
        ["u.age_band", 6],
        ["u.participant_type", 5],
      ] as const) {
        const sizes = [...(await supportersBy(column))].filter(([key]) => key !== null).map(([, n]) => n);
        expect(sizes.filter((n) => n >= 5).length, column).toBeGreaterThanOrEqual(groups - 2);
        expect(
          sizes.some((n) => n > 0 && n < 5),
          column,
        ).toBe(true);
      }
      const { rows: supporters } = await client.query<{ n: string }>("SELECT count(DISTINCT user_id) AS n FROM vote");
      expect(Number(supporters[0]!.n)).toBeGreaterThanOrEqual(150);

      // Supports, questions and answers in each 4-week stretch of the past year (the weekly trend), and weeks that
      // differ (not a flat line).
      const byStretch = (table: string, column: string, where = "TRUE") =>
        counts(`SELECT floor(extract(epoch FROM now() - ${column}) / (28 * 86400))::text AS key, count(*) AS n
              FROM ${table} WHERE ${column} > now() - interval '364 days' AND ${where} GROUP BY 1`);
      expect((await byStretch("vote", "created_at")).size).toBe(13);
      expect((await byStretch("question", "published_at", "moderation = 'approved'")).size).toBeGreaterThanOrEqual(11);
      expect((await byStretch("response", "created_at")).size).toBeGreaterThanOrEqual(9);
      const weeks = [
        ...(
          await counts(`SELECT floor(extract(epoch FROM now() - created_at) / (7 * 86400))::text AS key, count(*) AS n
                      FROM vote WHERE created_at > now() - interval '26 weeks' GROUP BY 1`)
        ).values(),
      ];
      expect(Math.max(...weeks)).toBeGreaterThan(1.5 * Math.min(...weeks));

      // Each support after its question was published, on a published question; the trending score is the sum of
      // the supports' weights (lib/votes/trending.ts).
      const { rows: early } = await client.query(
        `SELECT v.question_id FROM vote v JOIN question q ON q.id = v.question_id
       WHERE v.created_at < q.published_at OR q.moderation <> 'approved'`,
      );
      expect(early).toEqual([]);
      const weight = voteWeightSql(Prisma.sql`v.created_at`);
      const { rows: scores } = await client.query<{ stored: number; summed: number }>(
        `SELECT q.trending_score AS stored, coalesce(sum(${weight.text}), 0)::float8 AS summed
       FROM question q LEFT JOIN vote v ON v.question_id = q.id GROUP BY q.id`,
        weight.values,
      );
      // Relative: the weights grow with time, and the seed's questions add them in JavaScript, supporting in SQL.
      const drifted = scores.filter(({ stored, summed }) => Math.abs(stored - summed) > 1e-9 * Math.max(1, summed));
      expect(drifted).toEqual([]);
    },
  );
});
