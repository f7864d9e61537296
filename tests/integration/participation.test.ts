// "Who is taking part": the figures against independent SQL over the questions, supports and comments
// themselves; groups under 10 suppressed; the admin's replacement of the census figures (a malformed file changes
// nothing, a good one is audited) and who may make it.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { deleteAccount } from "@/lib/accounts/your-data/service";
import { db } from "@/lib/db";
import { Forbidden, Invalid, Unauthenticated } from "@/lib/errors";
import type { AgeBand } from "@/lib/generated/prisma/enums";
import { loadParticipation, PARTICIPATION_SMALL_GROUP, type ParticipationFigures } from "@/lib/participation/figures";
import { readParticipation, readPublicParticipation } from "@/lib/participation/queries";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { replacePopulationFigures } from "@/lib/participation/service";
import { londonToday, presetPeriod, type Period } from "@/lib/priorities/schemas";
import { refreshSnapshotsWith, SNAPSHOT_INTERVAL_MS } from "@/lib/priorities/snapshots";
import { actorOf, createOrganisation, createUser, partnerOf, personWithRole } from "../support/fixtures";

const MARCH_2025: Period = { kind: "custom", from: "2025-03-01", to: "2025-03-31" };
const IN_MARCH = new Date("2025-03-15T12:00:00Z");
// 23:30 on 31 March in London (BST) is 22:30 UTC: inside the period; 00:30 on 1 April London is outside.
const LAST_MINUTES = new Date("2025-03-31T22:30:00Z");
const JUST_AFTER = new Date("2025-03-31T23:30:00Z");
const BEFORE = new Date("2025-01-10T12:00:00Z");

let admin: Actor;
const d: Record<"d1" | "d2" | "d3", { id: number; slug: string }> = {} as never;

async function person(districtId: number | null, ageBand: AgeBand | null) {
  const user = await createUser({ ageBand });
  await db.user.update({ where: { id: user.id }, data: { districtId } });
  return user.id;
}

function populationCsv() {
  return [
    "# test figures",
    "group,code,usual_residents",
    `district,${d.d1.slug},100000`,
    `district,${d.d2.slug},50000`,
    `district,${d.d3.slug},50000`,
    "age_band,age_18_24,40000",
    "age_band,age_25_44,80000",
    "age_band,age_45_64,80000",
  ].join("\n");
}

beforeAll(async () => {
  for (const key of ["d1", "d2", "d3"] as const) {
    const slug = `${key}-${randomUUID().slice(0, 6)}`;
    const row = await db.district.create({ data: { slug, name: `District ${key}`, kind: "district", position: 1 } });
    d[key] = { id: row.id, slug };
  }
  await db.district.create({ data: { slug: "essex-wide-test", name: "Essex-wide test", kind: "county", position: 9 } });
  admin = await personWithRole("admin");
  await replacePopulationFigures(admin, { file: populationCsv() });

  const author = await person(null, "age_25_44");
  const question = await db.question.create({
    data: { title: "Street lights", body: "Why?", authorId: author, moderation: "approved", createdAt: BEFORE },
  });
  // d1: 20 supporters (25 to 44), 6 askers and 4 commenters (45 to 64), one of whom also supports: 30 people.
  const supporters = await Promise.all(Array.from({ length: 20 }, () => person(d.d1.id, "age_25_44")));
  const askers = await Promise.all(Array.from({ length: 6 }, () => person(d.d1.id, "age_45_64")));
  const commenters = await Promise.all(Array.from({ length: 4 }, () => person(d.d1.id, "age_45_64")));
  // d2: 12 supporters aged 18 to 24, the last just before midnight on the last day.
  const d2People = await Promise.all(Array.from({ length: 12 }, () => person(d.d2.id, "age_18_24")));
  // d3: 4 people (a small group), aged 45 to 64.
  const d3People = await Promise.all(Array.from({ length: 4 }, () => person(d.d3.id, "age_45_64")));
  // Not counted: support after the period, a rejected question, a deleted account's comment.
  const late = await person(d.d2.id, "age_18_24");
  const rejected = await person(d.d2.id, "age_18_24");
  const deleted = await person(d.d2.id, "age_18_24");
  // Counted in "Not given" district, no age band: 1 person.
  const unknown = await person(null, null);

  await db.vote.createMany({
    data: [
      ...supporters.map((userId) => ({ userId, questionId: question.id, createdAt: IN_MARCH })),
      ...d2People.map((userId, i) => ({
        userId,
        questionId: question.id,
        createdAt: i === 11 ? LAST_MINUTES : IN_MARCH,
      })),
      ...d3People.map((userId) => ({ userId, questionId: question.id, createdAt: IN_MARCH })),
      { userId: commenters[0]!, questionId: question.id, createdAt: IN_MARCH },
      { userId: late, questionId: question.id, createdAt: JUST_AFTER },
      { userId: unknown, questionId: question.id, createdAt: IN_MARCH },
    ],
  });
  for (const authorId of askers)
    await db.question.create({
      data: { title: "Buses", body: "When?", authorId, moderation: "pending", createdAt: IN_MARCH },
    });
  await db.question.create({
    data: {
      title: "Spam",
      body: "Spam",
      authorId: rejected,
      moderation: "rejected",
      moderationReason: "Advertising",
      createdAt: IN_MARCH,
    },
  });
  for (const authorId of [...commenters, deleted])
    await db.comment.create({
      data: { questionId: question.id, authorId, body: "Good idea", moderation: "approved", createdAt: IN_MARCH },
    });
  // Deleting the account keeps the comment (it now has no author to count) and removes any support.
  await deleteAccount(await actorOf(deleted));
});

/** Who took part, by a different route from the page's: per person, whether any of their posts falls in the period. */
async function expectedCounts(period: Period) {
  const inPeriod = (column: string) =>
    `((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date BETWEEN '${period.from}' AND '${period.to}'`;
  return db.$queryRawUnsafe<{ district_id: number | null; age_band: string | null }[]>(`
    SELECT u.district_id, u.age_band::text FROM "user" u
    WHERE u.status <> 'deleted' AND (
      EXISTS (SELECT 1 FROM vote v WHERE v.user_id = u.id AND ${inPeriod("v.created_at")})
      OR EXISTS (SELECT 1 FROM question q WHERE q.author_id = u.id AND q.moderation <> 'rejected' AND ${inPeriod("q.created_at")})
      OR EXISTS (SELECT 1 FROM comment c WHERE c.author_id = u.id AND c.moderation <> 'rejected' AND ${inPeriod("c.created_at")})
    )`);
}

describe("who is taking part", () => {
  let figures: ParticipationFigures;
  let people: { district_id: number | null; age_band: string | null }[];
  beforeAll(async () => {
    figures = await readParticipation(MARCH_2025);
    people = await expectedCounts(MARCH_2025);
  });

  it("counts each person once, in the period, leaving out rejected posts and deleted accounts", () => {
    expect(people).toHaveLength(30 + 12 + 4 + 1);
    expect(figures.participants).toBe(people.length);
  });

  it("matches the independent count in every group it shows, with its rate per 10,000 residents", () => {
    const residents = { [d.d1.id]: 100_000, [d.d2.id]: 50_000, [d.d3.id]: 50_000 };
    for (const group of figures.district.groups) {
      if (group.participants === null) continue;
      const id = group.key === "not-given" ? null : Number(group.key);
      const expected = people.filter((p) => p.district_id === id).length;
      expect(group.participants, group.label).toBe(expected);
      if (id !== null && residents[id]) expect(group.per10000).toBeCloseTo((expected / residents[id]) * 10_000, 10);
    }
    const d1 = figures.district.groups.find((g) => g.key === String(d.d1.id))!;
    expect(d1).toMatchObject({ participants: 30, residents: 100_000 });
    expect(d1.per10000).toBeCloseTo(3, 10);
    // Shares among the 46 people in districts with a residents figure: 30/46 against 100,000/200,000.
    expect(figures.district.comparedParticipants).toBe(46);
    expect(d1.representation!.ratio).toBeCloseTo(30 / 46 / 0.5, 10);
  });

  it("hides groups under 10 people, and one more where the total would give a small one away", () => {
    const byKey = new Map(figures.district.groups.map((g) => [g.key, g]));
    // Districts: d3 (4 people) and "Not given" (1) are hidden; together they are 5, which either could be.
    expect(byKey.get(String(d.d3.id))).toMatchObject({ participants: null, suppressed: "small", representation: null });
    expect(byKey.get("not-given")).toMatchObject({ participants: null, suppressed: "small" });
    expect(byKey.get(String(d.d2.id))).toMatchObject({ participants: 12, suppressed: null });
    // Age bands: "Not given" (1) alone would follow from the total, so the smallest shown band (18 to 24, 12
    // people) is hidden with it.
    const bands = new Map(figures.ageBand.groups.map((g) => [g.key, g]));
    expect(bands.get("not-given")).toMatchObject({ participants: null, suppressed: "small" });
    expect(bands.get("age_18_24")).toMatchObject({ participants: null, suppressed: "complementary", per10000: null });
    for (const comparison of [figures.district, figures.ageBand])
      for (const group of comparison.groups)
        if (group.participants !== null && group.participants > 0)
          expect(group.participants).toBeGreaterThanOrEqual(PARTICIPATION_SMALL_GROUP);
    // Essex-wide has no residents figure and nobody in it: 0 is shown as 0.
    expect(figures.district.groups.find((g) => g.label === "Essex-wide test")).toMatchObject({
      participants: 0,
      residents: null,
      per10000: null,
    });
  });

  it("gives the age bands and the similarity score from the same counts", () => {
    const count = (band: string) => people.filter((p) => p.age_band === band).length;
    const byKey = new Map(figures.ageBand.groups.map((g) => [g.key, g]));
    expect(byKey.get("age_25_44")).toMatchObject({ participants: count("age_25_44"), residents: 80_000 });
    expect(byKey.get("age_45_64")).toMatchObject({ participants: count("age_45_64"), residents: 80_000 });
    expect(count("age_18_24")).toBe(12);
    expect(byKey.get("under_16")).toMatchObject({ participants: 0, residents: null });
    // Bands with a residents figure: 12, 20 and 14 people (46) against 40,000, 80,000 and 80,000 (200,000).
    const gaps = Math.abs(12 / 46 - 0.2) + Math.abs(20 / 46 - 0.4) + Math.abs(14 / 46 - 0.4);
    expect(figures.ageBand.similarity).toBe(Math.round((1 - gaps / 2) * 100) / 100);
    const districtGaps = Math.abs(30 / 46 - 0.5) + Math.abs(12 / 46 - 0.25) + Math.abs(4 / 46 - 0.25);
    expect(figures.district.similarity).toBe(Math.round((1 - districtGaps / 2) * 100) / 100);
  });
});

describe("a preset period's figures", () => {
  it("come from the priorities snapshot while it is fresh, the same as worked out live, and live once it is stale", async () => {
    const now = new Date();
    const period = presetPeriod("90d", londonToday(now));
    const live = await loadParticipation(db, period);
    await refreshSnapshotsWith(db, now);
    expect(await readParticipation(period, now)).toStrictEqual(live);
    // What the page shows is the stored figure: one changed by hand is what it reads...
    await db.$executeRaw`
      UPDATE priorities_snapshot SET figures = jsonb_set(figures, '{participation,participants}', '999')
      WHERE period_kind = '90d'`;
    expect((await readParticipation(period, now)).participants).toBe(999);
    // ...until the snapshot is older than the refresh interval: then it is worked out again.
    const later = new Date(now.getTime() + SNAPSHOT_INTERVAL_MS + 1000);
    expect(await readParticipation(period, later)).toStrictEqual(live);
  });
});

describe("dates of one's own on the public page", () => {
  it("are worked out as often as the limit allows one person, then the last 90 days are shown with why; presets are not counted", async () => {
    const now = new Date();
    const asker = async () => ({ ip: null, accountId: randomUUID() });
    const someone = await asker();
    const source = async () => someone;
    expect(RATE_LIMITS["custom-period:account"]).toEqual({ points: 30, duration: 10 * 60 });
    for (let i = 0; i < RATE_LIMITS["custom-period:account"].points; i += 1) {
      const shown = await readPublicParticipation(MARCH_2025, source, now);
      expect(shown.refusal).toBeNull();
      expect(shown.figures.period).toEqual(MARCH_2025);
    }
    const refused = await readPublicParticipation(MARCH_2025, source, now);
    expect(refused.refusal).toMatch(/^You have asked for your own dates too many times\. The last 90 days are shown/);
    expect(refused.figures.period).toEqual(presetPeriod("90d", londonToday(now)));
    // A preset period costs a stored read, not a count: never refused, and the source is not even asked.
    const preset = await readPublicParticipation(presetPeriod("30d", londonToday(now)), source, now);
    expect(preset.refusal).toBeNull();
    // Another person still has their own allowance.
    expect((await readPublicParticipation(MARCH_2025, asker, now)).refusal).toBeNull();
  });
});

describe("replacing the census figures", () => {
  const snapshot = () =>
    db.censusPopulation.findMany({
      orderBy: { id: "asc" },
      select: { districtId: true, ageBand: true, usualResidents: true },
    });
  const audits = () => db.auditLog.count({ where: { action: "population.replace" } });

  it("refuses a malformed file, naming the row, and changes nothing", async () => {
    const [before, auditsBefore] = [await snapshot(), await audits()];
    const bad = `group,code,usual_residents\ndistrict,${d.d1.slug},120000\ndistrict,nowhere,5\n`;
    const refusal = await replacePopulationFigures(admin, { file: bad }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(Invalid);
    expect((refusal as Invalid).fieldErrors.file).toMatch(
      /^Row 3: code “nowhere” is not one of the portal's districts/,
    );
    expect(await snapshot()).toEqual(before);
    expect(await audits()).toBe(auditsBefore);
  });

  it("refuses everyone but an administrator, and changes nothing", async () => {
    const before = await snapshot();
    const organisation = await createOrganisation();
    const people: [string, Actor | null, unknown][] = [
      ["visitor", null, Unauthenticated],
      ["citizen", await actorOf((await createUser()).id), Forbidden],
      ["partner", await partnerOf(organisation.id, "lead"), Forbidden],
      ["moderator", await personWithRole("moderator"), Forbidden],
    ];
    for (const [who, actor, refusal] of people) {
      const error = await replacePopulationFigures(actor, { file: populationCsv() }).catch((e: unknown) => e);
      expect(error, who).toBeInstanceOf(refusal as never);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("replaces the whole set with a good file, in one audited change", async () => {
    const auditsBefore = await audits();
    const { rows } = await replacePopulationFigures(admin, {
      file: `group,code,usual_residents\ndistrict,${d.d1.slug},120000\nage_band,under_16,9000\n`,
    });
    expect(rows).toBe(2);
    expect(await snapshot()).toEqual([
      { districtId: d.d1.id, ageBand: null, usualResidents: 120_000 },
      { districtId: null, ageBand: "under_16", usualResidents: 9000 },
    ]);
    expect(await audits()).toBe(auditsBefore + 1);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "population.replace" },
      orderBy: { id: "desc" },
    });
    expect(entry.actorId).toBe(admin.id);
    expect(entry.before).toMatchObject({ [d.d2.slug]: 50_000, age_25_44: 80_000 });
    expect(entry.after).toEqual({ [d.d1.slug]: 120_000, under_16: 9000 });
  });
});
