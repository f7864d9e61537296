// The stored tally of published questions (migration published_question_tally) against a count over the
// questions themselves, after every kind of write that can change it: asking, publishing, hiding, status and
// district moves, theme edits, bulk inserts and deletes, in a fixed order and in random sequences.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listThemesWithCounts } from "@/lib/themes/queries";
import { browseQuestions } from "@/lib/questions/browse/queries";
import { createQuestion, createUser } from "../support/fixtures";

type Row = [themeId: number, districtId: number, status: string, questions: number];

async function storedTally(): Promise<Row[]> {
  const rows = await db.$queryRaw<{ theme_id: number; district_id: number; status: string; questions: number }[]>`
    SELECT theme_id, district_id, status::text, questions FROM published_question_tally WHERE questions <> 0
    ORDER BY 1, 2, 3`;
  return rows.map((r) => [r.theme_id, r.district_id, r.status, r.questions]);
}

/** The same figures counted from the questions, written apart from the triggers. */
async function countedTally(): Promise<Row[]> {
  const rows = await db.$queryRaw<{ theme_id: number; district_id: number; status: string; questions: number }[]>`
    SELECT theme_id, district_id, status, questions FROM (
      SELECT 0 AS theme_id, coalesce(district_id, 0) AS district_id, status::text AS status, count(*)::int AS questions
      FROM question WHERE moderation = 'approved' GROUP BY 1, 2, 3
      UNION ALL
      SELECT qt.theme_id, coalesce(q.district_id, 0), q.status::text, count(*)::int
      FROM question q JOIN question_theme qt ON qt.question_id = q.id WHERE q.moderation = 'approved' GROUP BY 1, 2, 3
    ) c ORDER BY 1, 2, 3`;
  return rows.map((r) => [r.theme_id, r.district_id, r.status, r.questions]);
}

async function expectTallyRight() {
  expect(await storedTally()).toEqual(await countedTally());
}

let authorId: string;
let themeIds: number[] = [];
let districtIds: number[] = [];

beforeAll(async () => {
  authorId = (await createUser()).id;
  themeIds = [];
  districtIds = [];
  for (const n of [1, 2, 3]) {
    const theme = await db.theme.create({
      data: { slug: `tally-theme-${n}`, name: `Tally theme ${n}`, description: "For the tally test." },
    });
    const district = await db.district.create({
      data: { slug: `tally-district-${n}`, name: `Tally district ${n}`, kind: "district" },
    });
    themeIds.push(theme.id);
    districtIds.push(district.id);
  }
});

describe("published question tally", () => {
  it("follows each kind of write, and the list and theme counts read it", async () => {
    const published = await createQuestion(authorId);
    await db.question.update({ where: { id: published.id }, data: { districtId: districtIds[0]! } });
    await db.questionTheme.createMany({
      data: [
        { questionId: published.id, themeId: themeIds[0]! },
        { questionId: published.id, themeId: themeIds[1]! },
      ],
    });
    const pending = await createQuestion(authorId, { moderation: "pending" });
    await db.questionTheme.create({ data: { questionId: pending.id, themeId: themeIds[0]! } });
    await expectTallyRight();
    expect(await storedTally()).toContainEqual([themeIds[0]!, districtIds[0]!, "open", 1]);

    await db.question.update({ where: { id: pending.id }, data: { moderation: "approved", publishedAt: new Date() } });
    await expectTallyRight();
    await db.question.update({ where: { id: published.id }, data: { status: "answered" } });
    await db.question.update({ where: { id: published.id }, data: { districtId: districtIds[1]! } });
    await db.question.update({ where: { id: published.id }, data: { supportCount: { increment: 1 } } });
    await expectTallyRight();
    await db.questionTheme.delete({
      where: { questionId_themeId: { questionId: published.id, themeId: themeIds[1]! } },
    });
    await db.questionTheme.update({
      where: { questionId_themeId: { questionId: pending.id, themeId: themeIds[0]! } },
      data: { themeId: themeIds[2]! },
    });
    await expectTallyRight();
    await db.question.update({ where: { id: pending.id }, data: { moderation: "hidden" } });
    await expectTallyRight();

    // Read through the pages' own queries: the list's total and each theme's count.
    const list = await browseQuestions({});
    expect(list.total).toBe(1);
    const theme = await db.theme.findUniqueOrThrow({ where: { id: themeIds[0]! }, select: { slug: true } });
    expect((await browseQuestions({ theme: theme.slug, status: "answered" })).total).toBe(1);
    expect((await browseQuestions({ theme: theme.slug, status: "open" })).total).toBe(0);
    const counts = new Map((await listThemesWithCounts()).map((t) => [t.slug, t.questionCount]));
    expect(counts.get(theme.slug)).toBe(1);

    await db.questionTheme.deleteMany({ where: { questionId: { in: [published.id, pending.id] } } });
    await db.question.deleteMany({ where: { id: { in: [published.id, pending.id] } } });
    await expectTallyRight();
    expect(await storedTally()).toEqual([]);
  });

  it("stays equal to the count over random sequences of writes", async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("ask" as const), published: fc.boolean(), district: fc.nat(3) }),
      fc.record({ kind: fc.constant("moderate" as const), pick: fc.nat(), published: fc.boolean() }),
      fc.record({
        kind: fc.constant("status" as const),
        pick: fc.nat(),
        status: fc.constantFrom("open" as const, "answered" as const, "planned" as const),
      }),
      fc.record({ kind: fc.constant("district" as const), pick: fc.nat(), district: fc.nat(3) }),
      fc.record({ kind: fc.constant("theme" as const), pick: fc.nat(), theme: fc.nat(2), add: fc.boolean() }),
      fc.record({ kind: fc.constant("bulk" as const), count: fc.integer({ min: 1, max: 4 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const ids: string[] = [];
        const districtOf = (n: number) => (n === 3 ? null : districtIds[n]!);
        for (const o of ops) {
          const id = ids.length ? ids[("pick" in o ? o.pick : 0) % ids.length] : undefined;
          if (o.kind === "ask") {
            const q = await createQuestion(authorId, { moderation: o.published ? "approved" : "pending" });
            await db.question.update({ where: { id: q.id }, data: { districtId: districtOf(o.district) } });
            ids.push(q.id);
          } else if (o.kind === "bulk") {
            const made = await db.question.createManyAndReturn({
              data: Array.from({ length: o.count }, (_, i) => ({
                title: `Bulk question ${i}`,
                body: "Asked in bulk.",
                authorId,
                moderation: i % 2 ? ("pending" as const) : ("approved" as const),
                districtId: districtIds[i % 3]!,
              })),
              select: { id: true },
            });
            await db.questionTheme.createMany({
              data: made.map((q, i) => ({ questionId: q.id, themeId: themeIds[i % 3]! })),
            });
            ids.push(...made.map((q) => q.id));
          } else if (!id) {
            continue;
          } else if (o.kind === "moderate") {
            await db.question.update({ where: { id }, data: { moderation: o.published ? "approved" : "hidden" } });
          } else if (o.kind === "status") {
            await db.question.update({ where: { id }, data: { status: o.status } });
          } else if (o.kind === "district") {
            await db.question.update({ where: { id }, data: { districtId: districtOf(o.district) } });
          } else if (o.add) {
            await db.questionTheme.createMany({
              data: [{ questionId: id, themeId: themeIds[o.theme]! }],
              skipDuplicates: true,
            });
          } else {
            await db.questionTheme.deleteMany({ where: { questionId: id, themeId: themeIds[o.theme]! } });
          }
        }
        await expectTallyRight();
        await db.questionTheme.deleteMany({ where: { questionId: { in: ids } } });
        await db.question.deleteMany({ where: { id: { in: ids } } });
        await expectTallyRight();
      }),
      { numRuns: 25, seed: 17_017 },
    );
  });
});
