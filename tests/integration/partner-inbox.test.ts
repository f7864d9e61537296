// The partner inbox (lib/triage/inbox-queries.ts) against the real database: each view and its count, the filters,
// the three sorts paged by keyset without repeats or gaps, whose inbox a person may open, and the indexes the
// queries use on a realistic volume. Tests share this file's database, so each scopes its questions by a theme
// (and organisations) of its own.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Forbidden } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { parseInboxParams, type InboxSort } from "@/lib/triage/inbox-params";
import {
  buildInboxCountsByScanSql,
  buildInboxCountsSql,
  buildInboxPageSql,
  getPartnerInbox,
  resolveInboxScope,
  type InboxScope,
} from "@/lib/triage/inbox-queries";
import { createOrganisation, createUser, signedInActor } from "../support/fixtures";

const DAY = 24 * 60 * 60 * 1000;
// A fixed moment, so "overdue" and "older than" never depend on when the test runs.
const NOW = new Date("2026-11-26T10:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const dateOnly = (iso: string) => new Date(`${iso}T00:00:00Z`);

let authorId: string;

async function newTheme(label: string) {
  const slug = `${label}-${randomUUID().slice(0, 8)}`;
  return db.theme.create({ data: { slug, name: `Theme ${slug}`, description: `For the ${label} test.` } });
}

async function newDistrict(label: string) {
  const slug = `${label}-${randomUUID().slice(0, 8)}`;
  return db.district.create({ data: { slug, name: `District ${slug}`, kind: "district" } });
}

interface QuestionSpec {
  themeId: number;
  title?: string;
  body?: string;
  status?: QuestionStatus;
  moderation?: "approved" | "pending";
  supportCount?: number;
  trendingScore?: number;
  publishedDaysAgo?: number;
  publishedAt?: Date;
  districtId?: number;
  answeredAt?: Date;
  held?: { organisationId: number; claimedById?: string; dueOn: string };
  respondedBy?: number[];
}

let made = 0;
async function makeQuestion(spec: QuestionSpec) {
  made += 1;
  const publishedAt = spec.publishedAt ?? daysAgo(spec.publishedDaysAgo ?? 10);
  const moderation = spec.moderation ?? "approved";
  const question = await db.question.create({
    data: {
      title: spec.title ?? `Inbox test question ${made}`,
      body: spec.body ?? "Details for the inbox tests.",
      authorId,
      moderation,
      status: spec.status ?? "open",
      supportCount: spec.supportCount ?? 0,
      trendingScore: spec.trendingScore ?? 0,
      districtId: spec.districtId ?? null,
      createdAt: publishedAt,
      publishedAt: moderation === "approved" ? publishedAt : null,
      answeredAt: spec.answeredAt ?? null,
      themes: { create: [{ themeId: spec.themeId }] },
    },
  });
  if (spec.held) {
    await db.assignment.create({
      data: {
        questionId: question.id,
        organisationId: spec.held.organisationId,
        dueOn: dateOnly(spec.held.dueOn),
        claimedById: spec.held.claimedById ?? null,
        claimedAt: spec.held.claimedById ? publishedAt : null,
      },
    });
  }
  for (const organisationId of spec.respondedBy ?? []) {
    await db.response.create({
      data: { questionId: question.id, organisationId, authorId, body: "Our answer." },
    });
  }
  return question;
}

async function member(organisationIds: number[], role: "member" | "lead" = "member") {
  const user = await createUser();
  for (const organisationId of organisationIds) {
    await db.organisationMembership.create({ data: { userId: user.id, organisationId, role } });
  }
  return (await signedInActor(user.id))!;
}

async function inboxOf(actor: Actor, params: Partial<Record<string, string>>, pageSize?: number) {
  const parsed = parseInboxParams(params);
  const scope = await resolveInboxScope(actor, parsed.organisation);
  return getPartnerInbox(actor, scope, parsed, { now: NOW, pageSize });
}

const titles = (inbox: { rows: { title: string }[] }) => inbox.rows.map((r) => r.title).sort();

beforeAll(async () => {
  authorId = (await createUser({ displayName: "Inbox Author" })).id;
});

describe("the views and their counts", () => {
  let theme: { slug: string; id: number };
  let partnerA: Actor;
  let colleagueA: Actor;
  let partnerB: Actor;
  let orgA: { id: number; slug: string; name: string };
  let orgB: { id: number; slug: string };

  beforeAll(async () => {
    theme = await newTheme("views");
    orgA = await createOrganisation();
    orgB = await createOrganisation();
    partnerA = await member([orgA.id]);
    colleagueA = await member([orgA.id]);
    partnerB = await member([orgB.id]);
    const t = theme.id;
    // The pool: published, open, held by nobody.
    for (const title of ["pool one", "pool two", "pool three"]) await makeQuestion({ themeId: t, title });
    // Not in any view: awaiting moderation; declined while held by nobody.
    await makeQuestion({ themeId: t, title: "pending", moderation: "pending" });
    await makeQuestion({ themeId: t, title: "declined in the pool", status: "declined" });
    // Organisation A's.
    await makeQuestion({
      themeId: t,
      title: "A mine, due later",
      status: "under_review",
      held: { organisationId: orgA.id, claimedById: partnerA.id, dueOn: "2026-12-10" },
    });
    await makeQuestion({
      themeId: t,
      title: "A colleague's, overdue",
      status: "under_review",
      held: { organisationId: orgA.id, claimedById: colleagueA.id, dueOn: "2026-11-20" },
    });
    await makeQuestion({
      themeId: t,
      title: "A transferred, nobody took it, overdue",
      status: "under_review",
      held: { organisationId: orgA.id, dueOn: "2026-11-25" },
    });
    await makeQuestion({
      themeId: t,
      title: "A answered late",
      status: "answered",
      answeredAt: daysAgo(1),
      held: { organisationId: orgA.id, claimedById: partnerA.id, dueOn: "2026-11-01" },
      respondedBy: [orgA.id],
    });
    await makeQuestion({
      themeId: t,
      title: "A declined after its due date",
      status: "declined",
      held: { organisationId: orgA.id, claimedById: colleagueA.id, dueOn: "2026-11-01" },
    });
    await makeQuestion({
      themeId: t,
      title: "A due today",
      status: "under_review",
      held: { organisationId: orgA.id, claimedById: colleagueA.id, dueOn: "2026-11-26" },
    });
    // Organisation B's: one overdue; one answered by both B and A.
    await makeQuestion({
      themeId: t,
      title: "B overdue",
      status: "under_review",
      held: { organisationId: orgB.id, claimedById: partnerB.id, dueOn: "2026-11-02" },
    });
    await makeQuestion({
      themeId: t,
      title: "B answered, A answered too",
      status: "answered",
      answeredAt: daysAgo(2),
      held: { organisationId: orgB.id, claimedById: partnerB.id, dueOn: "2026-12-01" },
      respondedBy: [orgB.id, orgA.id],
    });
  });

  it("lists each view's questions, and counts every view for the filters in force", async () => {
    const views = {
      pool: ["pool one", "pool three", "pool two"],
      organisation: [
        "A answered late",
        "A colleague's, overdue",
        "A declined after its due date",
        "A due today",
        "A mine, due later",
        "A transferred, nobody took it, overdue",
      ],
      mine: ["A answered late", "A mine, due later"],
      // Past its due date and not answered; not the declined one, not the one due today, not B's.
      overdue: ["A colleague's, overdue", "A transferred, nobody took it, overdue"],
      // Every question A answered, whoever holds it.
      answered: ["A answered late", "B answered, A answered too"],
    };
    for (const [view, expected] of Object.entries(views)) {
      const inbox = await inboxOf(partnerA, { view, theme: theme.slug });
      expect(titles(inbox), view).toEqual(expected);
      expect(inbox.counts).toEqual({ pool: 3, organisation: 6, mine: 2, overdue: 2, answered: 2 });
    }
  });

  it("shows who holds each question and its due date", async () => {
    const inbox = await inboxOf(partnerA, { view: "organisation", theme: theme.slug });
    const byTitle = new Map(inbox.rows.map((r) => [r.title, r]));
    expect(byTitle.get("A mine, due later")!.holder).toEqual({
      organisation: orgA.name,
      member: partnerA.displayName,
      dueOn: dateOnly("2026-12-10"),
    });
    expect(byTitle.get("A transferred, nobody took it, overdue")!.holder!.member).toBeNull();
    const pool = await inboxOf(partnerA, { theme: theme.slug });
    expect(pool.rows.every((r) => r.holder === null)).toBe(true);
    expect(pool.today).toBe("2026-11-26");
  });

  it("counts another organisation's views for its own members", async () => {
    const inbox = await inboxOf(partnerB, { view: "overdue", theme: theme.slug });
    expect(titles(inbox)).toEqual(["B overdue"]);
    expect(inbox.counts).toEqual({ pool: 3, organisation: 2, mine: 2, overdue: 1, answered: 1 });
  });

  it("narrows the views and their counts by status", async () => {
    const inbox = await inboxOf(partnerA, { view: "organisation", theme: theme.slug, status: "under_review" });
    expect(titles(inbox)).toEqual([
      "A colleague's, overdue",
      "A due today",
      "A mine, due later",
      "A transferred, nobody took it, overdue",
    ]);
    expect(inbox.counts).toEqual({ pool: 0, organisation: 4, mine: 1, overdue: 2, answered: 0 });
  });

  it("counts from the stored tally exactly as one pass over the questions does", async () => {
    const statuses: (QuestionStatus | undefined)[] = [undefined, "open", "under_review", "answered", "declined"];
    for (const actor of [partnerA, partnerB, colleagueA]) {
      const organisationId = actor.memberships[0]!.organisationId;
      for (const themeSlug of [theme.slug, undefined]) {
        for (const status of statuses) {
          const params = parseInboxParams({ theme: themeSlug, status });
          expect(params.age ?? params.support).toBeUndefined();
          const context = { organisationId, actorId: actor.id, today: "2026-11-26", now: NOW };
          const [byTally] = await db.$queryRaw<unknown[]>(buildInboxCountsSql(params, context));
          const [byScan] = await db.$queryRaw<unknown[]>(buildInboxCountsByScanSql(params, context));
          expect(byTally, `${themeSlug ?? "any theme"} ${status ?? "any status"}`).toEqual(byScan);
        }
      }
    }
  });
});

describe("the filters", () => {
  let theme: { slug: string; id: number };
  let districtSlug: string;
  let actor: Actor;

  beforeAll(async () => {
    theme = await newTheme("filters");
    const otherTheme = await newTheme("filters-other");
    const district = await newDistrict("filters");
    actor = await member([(await createOrganisation()).id]);
    await makeQuestion({ themeId: theme.id, title: "new, little support", publishedDaysAgo: 2, supportCount: 1 });
    await makeQuestion({
      themeId: theme.id,
      title: "a fortnight, some support",
      publishedDaysAgo: 14,
      supportCount: 5,
    });
    await makeQuestion({
      themeId: theme.id,
      title: "two months, in the district",
      publishedDaysAgo: 60,
      supportCount: 12,
      districtId: district.id,
    });
    await makeQuestion({
      themeId: theme.id,
      title: "half a year, much support",
      publishedDaysAgo: 180,
      supportCount: 40,
    });
    await makeQuestion({ themeId: otherTheme.id, title: "another theme", publishedDaysAgo: 180, supportCount: 40 });
    districtSlug = district.slug;
  });

  it("keeps questions of the theme only", async () => {
    const inbox = await inboxOf(actor, { theme: theme.slug });
    expect(inbox.counts.pool).toBe(4);
    expect(titles(inbox)).not.toContain("another theme");
  });

  it("keeps questions older than the age chosen", async () => {
    expect(titles(await inboxOf(actor, { theme: theme.slug, age: "7" }))).toEqual([
      "a fortnight, some support",
      "half a year, much support",
      "two months, in the district",
    ]);
    expect(titles(await inboxOf(actor, { theme: theme.slug, age: "30" }))).toEqual([
      "half a year, much support",
      "two months, in the district",
    ]);
    expect(titles(await inboxOf(actor, { theme: theme.slug, age: "90" }))).toEqual(["half a year, much support"]);
  });

  it("keeps questions with at least the support chosen", async () => {
    expect(titles(await inboxOf(actor, { theme: theme.slug, support: "5" }))).toEqual([
      "a fortnight, some support",
      "half a year, much support",
      "two months, in the district",
    ]);
    expect((await inboxOf(actor, { theme: theme.slug, support: "13" })).counts.pool).toBe(1);
  });

  it("keeps questions of the district", async () => {
    expect(titles(await inboxOf(actor, { theme: theme.slug, district: districtSlug }))).toEqual([
      "two months, in the district",
    ]);
  });

  it("combines filters", async () => {
    expect(titles(await inboxOf(actor, { theme: theme.slug, age: "7", support: "6" }))).toEqual([
      "half a year, much support",
      "two months, in the district",
    ]);
  });

  it("ignores values it does not understand, politely", async () => {
    const params = parseInboxParams({
      view: "everything",
      sort: "alphabetical",
      status: "lost",
      age: "365",
      support: "lots",
      theme: "<script>",
      after: "not-a-cursor",
    });
    expect(params).toMatchObject({ view: "pool", sort: "waiting" });
    expect(params.status).toBeUndefined();
    expect(params.age).toBeUndefined();
    expect(params.support).toBeUndefined();
    expect(params.theme).toBeUndefined();
    expect(parseInboxParams({ support: ["7", "9"] }).support).toBe(7);
    expect(parseInboxParams({ support: "0" }).support).toBeUndefined();
    // A cursor that is not one shows the first page.
    const inbox = await inboxOf(actor, { theme: theme.slug, after: "not-a-cursor" });
    expect(inbox.rows).toHaveLength(4);
  });
});

describe("searching the inbox", () => {
  let theme: { slug: string; id: number };
  let actor: Actor;

  beforeAll(async () => {
    theme = await newTheme("search");
    const organisation = await createOrganisation();
    actor = await member([organisation.id]);
    await makeQuestion({
      themeId: theme.id,
      title: "Solar panels on the Chelmsford library roof",
      held: { organisationId: organisation.id, dueOn: "2026-12-10" },
    });
    await makeQuestion({
      themeId: theme.id,
      title: "Bus priority on the A12",
      body: "The cycle lanes by Colchester station are blocked every morning.",
    });
    await makeQuestion({ themeId: theme.id, title: "Street lights in Harlow that stay on all day" });
    await makeQuestion({ themeId: theme.id, title: "Solar farm near Witham", moderation: "pending" });
  });

  const search = (q: string, view = "pool") => inboxOf(actor, { theme: theme.slug, q, view });

  it("finds questions by words in their title or details, as the public search reads them", async () => {
    // Details, with a plural matching its singular.
    expect(titles(await search("cycle lane"))).toEqual(["Bus priority on the A12"]);
    // A phrase in quotes, and case and accents folded.
    expect(titles(await search('"STREET LIGHTS"'))).toEqual(["Street lights in Harlow that stay on all day"]);
    expect(titles(await search("Colchéster"))).toEqual(["Bus priority on the A12"]);
    // A word left out with a minus.
    expect(titles(await search("-harlow"))).toEqual(["Bus priority on the A12"]);
  });

  it("counts every view for the search, and never shows a question that is not published", async () => {
    const inbox = await search("solar", "organisation");
    expect(titles(inbox)).toEqual(["Solar panels on the Chelmsford library roof"]);
    expect(inbox.counts).toEqual({ pool: 0, organisation: 1, mine: 0, overdue: 0, answered: 0 });
    expect((await search("witham")).counts.pool).toBe(0);
    const nothing = await search("hovercraft");
    expect(nothing.rows).toEqual([]);
    expect(nothing.counts).toEqual({ pool: 0, organisation: 0, mine: 0, overdue: 0, answered: 0 });
  });

  it("combines with the filters and pages like any other list", async () => {
    expect(titles(await inboxOf(actor, { theme: theme.slug, q: "harlow OR colchester", sort: "support" }))).toEqual([
      "Bus priority on the A12",
      "Street lights in Harlow that stay on all day",
    ]);
    const first = await inboxOf(actor, { theme: theme.slug, q: "harlow OR colchester" }, 1);
    expect(first.rows).toHaveLength(1);
    const second = await inboxOf(actor, { theme: theme.slug, q: "harlow OR colchester", after: first.next! }, 1);
    expect(titles(second)).not.toEqual(titles(first));
    expect(second.next).toBeNull();
  });
});

describe("sorts and keyset pages", () => {
  let theme: { slug: string; id: number };
  let actor: Actor;
  const specs: { title: string; supportCount: number; trendingScore: number; publishedAt: Date }[] = [];

  beforeAll(async () => {
    theme = await newTheme("pages");
    actor = await member([(await createOrganisation()).id]);
    // 23 questions with ties on every key, so the id decides between them.
    for (let i = 0; i < 23; i += 1) {
      specs.push({
        title: `page question ${i}`,
        supportCount: i % 4,
        trendingScore: (i % 3) * 1.5,
        publishedAt: daysAgo(10 + (i % 5)),
      });
    }
    for (const spec of specs) await makeQuestion({ themeId: theme.id, ...spec });
  });

  async function allPages(sort: InboxSort, pageSize: number) {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const inbox = await inboxOf(actor, { theme: theme.slug, sort, ...(after ? { after } : {}) }, pageSize);
      expect(inbox.rows.length).toBeLessThanOrEqual(pageSize);
      seen.push(...inbox.rows.map((r) => r.id));
      after = inbox.next ?? undefined;
      pages += 1;
    } while (after && pages < 20);
    return { seen, pages };
  }

  it.each([
    ["support", (q: Row) => [-q.support_count, q.id]],
    ["trending", (q: Row) => [-q.trending_score, q.id]],
    ["waiting", (q: Row) => [q.published_at.getTime(), q.id]],
  ] as const)("pages through %s with every question once, in order", async (sort, key) => {
    const { seen, pages } = await allPages(sort, 5);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);
    const rows = await db.$queryRaw<Row[]>`
      SELECT q.id, q.support_count, q.trending_score, q.published_at FROM question q
      JOIN question_theme qt ON qt.question_id = q.id WHERE qt.theme_id = ${theme.id}`;
    const descendingIds = sort !== "waiting";
    const expected = [...rows]
      .sort((a, b) => {
        const [ka, ia] = key(a);
        const [kb, ib] = key(b);
        if (ka !== kb) return (ka as number) - (kb as number);
        // id is the tie-break, in the same direction as the sort.
        return descendingIds ? (ib as string).localeCompare(ia as string) : (ia as string).localeCompare(ib as string);
      })
      .map((r) => r.id);
    expect(seen).toEqual(expected);
  });

  it("starts again at the first page when the cursor belongs to another sort", async () => {
    const first = await inboxOf(actor, { theme: theme.slug, sort: "support" }, 5);
    const elsewhere = await inboxOf(actor, { theme: theme.slug, sort: "waiting", after: first.next! }, 5);
    const waitingFirst = await inboxOf(actor, { theme: theme.slug, sort: "waiting" }, 5);
    expect(elsewhere.rows.map((r) => r.id)).toEqual(waitingFirst.rows.map((r) => r.id));
  });

  it("has no next page on the last page", async () => {
    const inbox = await inboxOf(actor, { theme: theme.slug }, 23);
    expect(inbox.rows).toHaveLength(23);
    expect(inbox.next).toBeNull();
  });
});

interface Row {
  id: string;
  support_count: number;
  trending_score: number;
  published_at: Date;
}

describe("whose inbox a person may open", () => {
  let orgA: { id: number; slug: string };
  let orgB: { id: number; slug: string };

  beforeAll(async () => {
    // Names that sort first, so "the first organisation" is known for admins.
    orgA = await db.organisation.create({
      data: { slug: `aaa-${randomUUID().slice(0, 6)}`, name: "AAA First Council", kind: "council", description: "x" },
    });
    orgB = await db.organisation.create({
      data: {
        slug: `aab-${randomUUID().slice(0, 6)}`,
        name: "AAB Second Council",
        kind: "university",
        description: "x",
      },
    });
  });

  it("gives a member of one organisation theirs, whatever the address asks for", async () => {
    const partner = await member([orgA.id]);
    const scope = await resolveInboxScope(partner, orgB.slug);
    expect(scope.organisation?.id).toBe(orgA.id);
    expect(scope.choices.map((o) => o.id)).toEqual([orgA.id]);
  });

  it("lets a member of several organisations choose among theirs only", async () => {
    const partner = await member([orgA.id, orgB.id]);
    expect((await resolveInboxScope(partner, orgB.slug)).organisation?.id).toBe(orgB.id);
    const scope = await resolveInboxScope(partner, undefined);
    expect(scope.organisation?.id).toBe(orgA.id);
    expect(scope.choices.map((o) => o.id)).toEqual([orgA.id, orgB.id]);
    const other = await createOrganisation();
    expect((await resolveInboxScope(partner, other.slug)).organisation?.id).toBe(orgA.id);
  });

  it("lets an admin choose any organisation", async () => {
    const admin = (await signedInActor((await createUser({ platformRole: "admin" })).id))!;
    const other = await createOrganisation();
    const scope = await resolveInboxScope(admin, other.slug);
    expect(scope.organisation?.id).toBe(other.id);
    expect(scope.choices.length).toBe(await db.organisation.count());
    expect((await resolveInboxScope(admin, undefined)).organisation?.id).toBe(orgA.id);
    // The admin's organisation view is that organisation's.
    const theme = await newTheme("admin");
    await makeQuestion({
      themeId: theme.id,
      title: "held by the other",
      status: "under_review",
      held: { organisationId: other.id, dueOn: "2026-12-24" },
    });
    const inbox = await getPartnerInbox(admin, scope, parseInboxParams({ view: "organisation", theme: theme.slug }), {
      now: NOW,
    });
    expect(titles(inbox)).toEqual(["held by the other"]);
  });

  it("refuses citizens, moderators and unconfirmed partners, and another organisation's inbox", async () => {
    const citizen = (await signedInActor((await createUser()).id))!;
    const moderator = (await signedInActor((await createUser({ platformRole: "moderator" })).id))!;
    const unconfirmedUser = await createUser();
    await db.user.update({ where: { id: unconfirmedUser.id }, data: { emailVerifiedAt: null } });
    await db.organisationMembership.create({ data: { userId: unconfirmedUser.id, organisationId: orgA.id } });
    const unconfirmed = (await signedInActor(unconfirmedUser.id))!;
    const scopeA: InboxScope = { organisation: { ...orgA, name: "AAA First Council" }, choices: [] };
    for (const person of [citizen, moderator, unconfirmed]) {
      await expect(resolveInboxScope(person, undefined)).rejects.toBeInstanceOf(Forbidden);
      await expect(getPartnerInbox(person, scopeA, parseInboxParams({}))).rejects.toBeInstanceOf(Forbidden);
    }
    const partnerB = await member([orgB.id]);
    await expect(getPartnerInbox(partnerB, scopeA, parseInboxParams({}))).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("on a realistic volume", () => {
  let organisationId: number;
  let actor: Actor;

  /** Every node of a plan, depth first. */
  function nodes(plan: Record<string, unknown>): Record<string, unknown>[] {
    const children = (plan.Plans as Record<string, unknown>[] | undefined) ?? [];
    return [plan, ...children.flatMap(nodes)];
  }

  async function explain(sql: Prisma.Sql) {
    const [row] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: Record<string, unknown> }] }[]>(
      Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`,
    );
    return nodes(row!["QUERY PLAN"][0].Plan);
  }

  beforeAll(async () => {
    const organisation = await createOrganisation();
    organisationId = organisation.id;
    actor = await member([organisationId]);
    const other = await createOrganisation();
    // 20,000 published questions: most in the pool, a tenth held by this organisation and a tenth by another,
    // half of those answered.
    await db.$executeRaw`
      INSERT INTO question (id, title, body, author_id, moderation, status, support_count, trending_score,
                            created_at, updated_at, published_at, district_id)
      SELECT gen_random_uuid(), 'Volume question ' || n, 'Body', ${authorId}::uuid, 'approved',
             CASE WHEN n % 10 IN (0, 1) THEN 'under_review' ELSE 'open' END::"QuestionStatus",
             n % 97, (n % 89) * 0.37, now() - (n || ' minutes')::interval, now(),
             now() - (n || ' minutes')::interval, NULL
      FROM generate_series(1, 20000) AS n`;
    await db.$executeRaw`
      INSERT INTO assignment (question_id, organisation_id, due_on, claimed_by_id, claimed_at, updated_at)
      SELECT q.id, CASE WHEN row_number() OVER () % 2 = 0 THEN ${organisationId}::int ELSE ${other.id}::int END,
             current_date - 5 + (row_number() OVER () % 30)::int, ${actor.id}::uuid, now(), now()
      FROM question q WHERE q.status = 'under_review' AND q.title LIKE 'Volume question %'`;
    await db.$executeRaw`
      INSERT INTO response (id, question_id, organisation_id, author_id, body, updated_at)
      SELECT gen_random_uuid(), a.question_id, a.organisation_id, ${authorId}::uuid, 'Answer', now()
      FROM assignment a WHERE a.due_on > current_date + 10`;
    await db.$executeRawUnsafe("ANALYZE");
  });

  const sorts = ["support", "trending", "waiting"] as const;
  const views = ["pool", "organisation", "mine", "overdue", "answered"] as const;

  it.each(views.flatMap((view) => sorts.map((sort) => [view, sort] as const)))(
    "reads a page of %s sorted by %s through indexes, in one query",
    async (view, sort) => {
      const params = parseInboxParams({ view, sort });
      const context = { organisationId, actorId: actor.id, today: "2026-11-26", now: new Date() };
      const plan = await explain(buildInboxPageSql(params, context, 25));
      const seqScans = plan.filter((n) => n["Node Type"] === "Seq Scan").map((n) => n["Relation Name"]);
      expect(seqScans).not.toContain("question");
      // No subquery run once per row.
      expect(plan.some((n) => n["Parent Relationship"] === "SubPlan")).toBe(false);
    },
  );

  it("counts every view in one query, with no subquery per row", async () => {
    const params = parseInboxParams({});
    const context = { organisationId, actorId: actor.id, today: "2026-11-26", now: new Date() };
    const plan = await explain(buildInboxCountsSql(params, context));
    expect(plan.some((n) => n["Parent Relationship"] === "SubPlan")).toBe(false);
    const inbox = await getPartnerInbox(actor, await resolveInboxScope(actor, undefined), params);
    expect(inbox.counts.pool).toBeGreaterThanOrEqual(16_000);
    expect(inbox.counts.organisation).toBe(2_000);
    expect(inbox.rows).toHaveLength(25);
  });
});
