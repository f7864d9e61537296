// Browsing and searching published questions through browseQuestions, against the real database. All tests
// in this file share one database, so each scopes its questions by a theme, district or word of its own.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  browseQuestions,
  MATCH_END,
  MATCH_START,
  SEARCH_MATCH_LIMIT,
  type BrowseResult,
} from "@/lib/questions/browse/queries";
import { browseSchema, type Sort } from "@/lib/questions/schemas";
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { createUser } from "../support/fixtures";

let authorId: string;

/** What a browse URL can say; parsed by the same schema the page uses. */
type BrowseParams = Partial<ReturnType<typeof browseSchema.parse>>;
const browse = (params: BrowseParams, pageSize?: number): Promise<BrowseResult> =>
  browseQuestions(browseSchema.parse(params), pageSize);

beforeAll(async () => {
  authorId = (await createUser({ displayName: "Browsing Author" })).id;
});

async function newTheme(label: string) {
  const slug = `${label}-${randomUUID().slice(0, 8)}`;
  return db.theme.create({ data: { slug, name: `Theme ${slug}`, description: `Questions for the ${label} test.` } });
}

async function newDistrict(label: string) {
  const slug = `${label}-${randomUUID().slice(0, 8)}`;
  return db.district.create({ data: { slug, name: `District ${slug}`, kind: "district" } });
}

interface QuestionSpec {
  title?: string;
  body?: string;
  themeIds?: number[];
  districtId?: number | null;
  moderation?: ModerationState;
  status?: QuestionStatus;
  supportCount?: number;
  trendingScore?: number;
  createdAt?: Date;
}

let made = 0;
async function makeQuestion(spec: QuestionSpec = {}) {
  made++;
  const moderation = spec.moderation ?? "approved";
  return db.question.create({
    data: {
      title: spec.title ?? `Browse test question number ${made}`,
      body: spec.body ?? "Some details about this question for the browse tests.",
      authorId,
      districtId: spec.districtId ?? null,
      moderation,
      moderationReason: moderation === "rejected" || moderation === "hidden" ? "Contains a phone number." : undefined,
      status: spec.status ?? "open",
      supportCount: spec.supportCount ?? 0,
      trendingScore: spec.trendingScore ?? 0,
      createdAt: spec.createdAt,
      publishedAt: moderation === "approved" ? new Date() : null,
      themes: { create: (spec.themeIds ?? []).map((themeId) => ({ themeId })) },
    },
    select: { id: true, supportCount: true, trendingScore: true, createdAt: true, status: true },
  });
}

type Row = Awaited<ReturnType<typeof makeQuestion>>;

// The keyset each sort pages over: a value and the id as tie-break, both in the sort's direction.
const KEYS: Record<Sort, { value: (row: Row) => number; descending: boolean }> = {
  supported: { value: (r) => r.supportCount, descending: true },
  trending: { value: (r) => r.trendingScore, descending: true },
  newest: { value: (r) => r.createdAt.getTime(), descending: true },
  waiting: { value: (r) => r.createdAt.getTime(), descending: false },
};

/** Negative when a comes before b in the sort's order. */
function compareForSort(sort: Sort, a: Row, b: Row): number {
  const key = KEYS[sort];
  const byValue = key.value(a) - key.value(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return key.descending ? -byValue : byValue;
}

async function rowsById(ids: string[]): Promise<Map<string, Row>> {
  const rows = await db.question.findMany({
    where: { id: { in: ids } },
    select: { id: true, supportCount: true, trendingScore: true, createdAt: true, status: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Pages through `params` 10 at a time. After each page (but the last) `arrive` adds new questions, given the
 * row the page ended on; returns the ids in the order served and every newcomer with the cursor it arrived at.
 */
async function pageThrough(params: BrowseParams, arrive: (cursor: Row, page: number) => Promise<Row[]>) {
  const served: string[] = [];
  const newcomers: { row: Row; cursor: Row }[] = [];
  let after: string | undefined;
  for (let page = 0; ; page++) {
    if (page > 40) throw new Error("pagination did not end");
    const result: BrowseResult = await browse({ ...params, after }, 10);
    expect(result.items.length).toBeLessThanOrEqual(10);
    served.push(...result.items.map((item) => item.id));
    if (!result.next) break;
    expect(result.items).toHaveLength(10);
    const cursor = (await rowsById([result.items.at(-1)!.id])).get(result.items.at(-1)!.id)!;
    for (const row of await arrive(cursor, page)) newcomers.push({ row, cursor });
    after = result.next;
  }
  return { served, newcomers };
}

/** The shared assertions: nothing twice, every original once, newcomers behind the cursor served, none ahead. */
async function expectNoRepeatsOrSkips(
  sort: Sort,
  originals: Row[],
  served: string[],
  newcomers: { row: Row; cursor: Row }[],
  eligible: (row: Row) => boolean = () => true,
) {
  expect(new Set(served).size).toBe(served.length);
  const servedSet = new Set(served);
  const wanted = originals.filter(eligible);
  expect(wanted.filter((row) => !servedSet.has(row.id)).map((r) => r.id)).toEqual([]);
  for (const row of originals.filter((r) => !eligible(r))) expect(servedSet.has(row.id)).toBe(false);

  for (const { row, cursor } of newcomers) {
    const behindCursor = compareForSort(sort, row, cursor) > 0;
    expect({ id: row.id, served: servedSet.has(row.id) }).toEqual({
      id: row.id,
      served: behindCursor && eligible(row),
    });
  }

  // Served in the sort's order, strictly (so also without repeats).
  const rows = await rowsById(served);
  const inOrder = served.map((id) => rows.get(id)!);
  for (let i = 1; i < inOrder.length; i++) expect(compareForSort(sort, inOrder[i - 1]!, inOrder[i]!)).toBeLessThan(0);
}

describe("keyset pages while new questions arrive", () => {
  it("most supported: pages neither repeat nor skip, with ties and newcomers above, below and level with the cursor", async () => {
    const theme = await newTheme("supported");
    const originals: Row[] = [];
    for (let i = 0; i < 45; i++)
      originals.push(await makeQuestion({ themeIds: [theme.id], supportCount: (i * 7) % 9 })); // 0..8, five of each
    const { served, newcomers } = await pageThrough({ sort: "supported", theme: theme.slug }, async (cursor) =>
      Promise.all(
        [cursor.supportCount + 3, Math.max(0, cursor.supportCount - 1), cursor.supportCount, cursor.supportCount].map(
          (supportCount) => makeQuestion({ themeIds: [theme.id], supportCount }),
        ),
      ),
    );
    await expectNoRepeatsOrSkips("supported", originals, served, newcomers);
    expect(newcomers.length).toBeGreaterThanOrEqual(16);
  });

  it("newest: pages neither repeat nor skip, with identical times and newcomers newer, older and level with the cursor", async () => {
    const theme = await newTheme("newest");
    const start = Date.UTC(2026, 5, 1, 12, 0, 0);
    const originals: Row[] = [];
    // Three questions share each minute.
    for (let i = 0; i < 45; i++)
      originals.push(
        await makeQuestion({ themeIds: [theme.id], createdAt: new Date(start - Math.floor(i / 3) * 60_000) }),
      );
    const { served, newcomers } = await pageThrough({ sort: "newest", theme: theme.slug }, async (cursor) => {
      const at = cursor.createdAt.getTime();
      return Promise.all(
        [Date.now(), at + 1, at - 30_000, at, at].map((time) =>
          makeQuestion({ themeIds: [theme.id], createdAt: new Date(time) }),
        ),
      );
    });
    await expectNoRepeatsOrSkips("newest", originals, served, newcomers);
  });

  it("waiting longest: pages neither repeat nor skip, and list only open and under-review questions", async () => {
    const theme = await newTheme("waiting");
    const start = Date.UTC(2026, 2, 1, 9, 0, 0);
    const statuses: QuestionStatus[] = [
      "open",
      "under_review",
      "open",
      "answered",
      "open",
      "declined",
      "under_review",
      "planned",
    ];
    const originals: Row[] = [];
    for (let i = 0; i < 60; i++) {
      originals.push(
        await makeQuestion({
          themeIds: [theme.id],
          status: statuses[i % statuses.length],
          createdAt: new Date(start + Math.floor(i / 2) * 3_600_000),
        }),
      );
    }
    const waiting = (row: Row) => row.status === "open" || row.status === "under_review";
    expect(originals.filter(waiting).length).toBeGreaterThan(30);
    const { served, newcomers } = await pageThrough({ sort: "waiting", theme: theme.slug }, async (cursor) => {
      const at = cursor.createdAt.getTime();
      return Promise.all(
        [
          { time: start - 86_400_000, status: "open" as const },
          { time: at + 60_000, status: "under_review" as const },
          { time: at, status: "open" as const },
          { time: at, status: "open" as const },
          { time: at + 1, status: "answered" as const },
        ].map(({ time, status }) => makeQuestion({ themeIds: [theme.id], createdAt: new Date(time), status })),
      );
    });
    await expectNoRepeatsOrSkips("waiting", originals, served, newcomers, waiting);
  });

  it("trending: pages neither repeat nor skip, with tied scores and newcomers above, below and level with the cursor", async () => {
    const theme = await newTheme("trending");
    const unit = 136_000_000_000_000.25; // about one support's weight late in 2026
    const originals: Row[] = [];
    for (let i = 0; i < 45; i++)
      originals.push(await makeQuestion({ themeIds: [theme.id], trendingScore: ((i * 4) % 11) * unit * 0.37 }));
    const { served, newcomers } = await pageThrough({ sort: "trending", theme: theme.slug }, async (cursor) =>
      Promise.all(
        [cursor.trendingScore + unit, cursor.trendingScore / 2, cursor.trendingScore, cursor.trendingScore].map(
          (trendingScore) => makeQuestion({ themeIds: [theme.id], trendingScore }),
        ),
      ),
    );
    await expectNoRepeatsOrSkips("trending", originals, served, newcomers);
  });
});

describe("filters", () => {
  /** Every id a browse returns, following `next` to the end. */
  async function allIds(params: BrowseParams): Promise<string[]> {
    const ids: string[] = [];
    let after: string | undefined;
    do {
      const page = await browse({ ...params, after }, 10);
      ids.push(...page.items.map((i) => i.id));
      after = page.next ?? undefined;
    } while (after);
    return ids;
  }

  it("a theme filter returns only questions with that theme", async () => {
    const [mine, other] = [await newTheme("filter-mine"), await newTheme("filter-other")];
    const inMine = await Promise.all([
      makeQuestion({ themeIds: [mine.id] }),
      makeQuestion({ themeIds: [mine.id, other.id] }),
    ]);
    await makeQuestion({ themeIds: [other.id] });
    await makeQuestion({});

    const result = await browse({ theme: mine.slug });
    expect(result.items.map((i) => i.id).sort()).toEqual(inMine.map((q) => q.id).sort());
    for (const item of result.items) expect(item.themes.map((t) => t.slug)).toContain(mine.slug);
    expect((await browse({ theme: `no-such-theme-${randomUUID().slice(0, 6)}` })).items).toEqual([]);
  });

  it("a district filter returns only questions in that district", async () => {
    const theme = await newTheme("district");
    const [here, there] = [await newDistrict("here"), await newDistrict("there")];
    const inHere = await Promise.all([
      makeQuestion({ themeIds: [theme.id], districtId: here.id }),
      makeQuestion({ districtId: here.id }),
    ]);
    await makeQuestion({ themeIds: [theme.id], districtId: there.id });
    await makeQuestion({ themeIds: [theme.id] });

    const result = await browse({ district: here.slug });
    expect(result.items.map((i) => i.id).sort()).toEqual(inHere.map((q) => q.id).sort());
    for (const item of result.items) expect(item.district).toEqual({ slug: here.slug, name: here.name });
    // Combined with a theme, both must hold.
    expect((await browse({ district: here.slug, theme: theme.slug })).items.map((i) => i.id)).toEqual([inHere[0]!.id]);
  });

  it("a status filter returns only questions with that status, whatever the sort", async () => {
    const theme = await newTheme("status");
    const byStatus: Partial<Record<QuestionStatus, string[]>> = {};
    for (const status of ["open", "under_review", "answered", "planned", "declined", "answered"] as const) {
      const q = await makeQuestion({ themeIds: [theme.id], status });
      (byStatus[status] ??= []).push(q.id);
    }
    for (const sort of ["supported", "trending", "newest", "waiting"] as const) {
      const answered = await browse({ theme: theme.slug, status: "answered", sort });
      expect(answered.items.map((i) => i.id).sort()).toEqual([...byStatus.answered!].sort());
      for (const item of answered.items) expect(item.status).toBe("answered");
    }
    // An explicit status is honoured even on "waiting", which otherwise lists only open and under review.
    expect((await browse({ theme: theme.slug, status: "declined", sort: "waiting" })).items.map((i) => i.id)).toEqual(
      byStatus.declined,
    );
    expect((await browse({ theme: theme.slug, sort: "waiting" })).items.map((i) => i.id).sort()).toEqual(
      [...byStatus.open!, ...byStatus.under_review!].sort(),
    );
  });

  it("never shows pending, rejected or hidden questions, in any sort, filter or search", async () => {
    const theme = await newTheme("unpublished");
    const district = await newDistrict("unpublished");
    const word = "quokkaflux";
    const published = await makeQuestion({
      themeIds: [theme.id],
      districtId: district.id,
      title: `A published ${word} question`,
      supportCount: 1,
    });
    const unpublished = await Promise.all(
      (["pending", "rejected", "hidden"] as const).map((moderation) =>
        makeQuestion({
          themeIds: [theme.id],
          districtId: district.id,
          moderation,
          title: `An unpublished ${word} question`,
          supportCount: 99,
          trendingScore: 1e20,
        }),
      ),
    );
    const unpublishedIds = new Set(unpublished.map((q) => q.id));

    const everyBrowse: BrowseParams[] = [
      ...(["supported", "trending", "newest", "waiting"] as const).flatMap((sort) => [
        { sort },
        { sort, theme: theme.slug },
        { sort, district: district.slug },
        { sort, status: "open" as const },
      ]),
      { q: word },
      { q: word, sort: "newest" },
    ];
    for (const params of everyBrowse) {
      const ids = await allIds(params);
      expect(ids.filter((id) => unpublishedIds.has(id))).toEqual([]);
    }
    expect(await allIds({ theme: theme.slug })).toEqual([published.id]);
    expect(await allIds({ q: word })).toEqual([published.id]);
  });
});

describe("search", () => {
  it("ranks a title match above a match in the details, highlights the word and leaves out questions without it", async () => {
    const titleMatch = await makeQuestion({
      title: "Could hydrogen buses run between Colchester and Clacton?",
      body: "The route along the coast is long and the current vehicles are old and loud.",
    });
    const bodyMatch = await makeQuestion({
      title: "Could the council trial cleaner fuel for refuse lorries?",
      body: "I read that some towns now run their bin lorries on hydrogen, which is quieter early in the morning.",
    });
    const neither = await makeQuestion({
      title: "Could the buses between Colchester and Clacton run later?",
      body: "The last bus leaves far too early for shift workers.",
    });

    const result = await browse({ q: "hydrogen" });
    expect(result.sort).toBe("relevance");
    const ids = result.items.map((i) => i.id);
    expect(ids).toEqual([titleMatch.id, bodyMatch.id]);
    expect(ids).not.toContain(neither.id);

    const [first, second] = result.items;
    expect(first!.titleHighlight).toContain(`${MATCH_START}hydrogen${MATCH_END}`);
    expect(first!.titleHighlight!.replaceAll(MATCH_START, "").replaceAll(MATCH_END, "")).toBe(
      "Could hydrogen buses run between Colchester and Clacton?",
    );
    expect(second!.titleHighlight).not.toContain(MATCH_START);
    expect(second!.snippet).toContain(`${MATCH_START}hydrogen${MATCH_END}`);
    expect(result.next).toBeNull();
  });

  it("finds words by their stem, so a plural finds the singular", async () => {
    const word = "heatpump";
    const question = await makeQuestion({ title: `Is a ${word} worth fitting in a Victorian terrace?` });
    expect((await browse({ q: `${word}s` })).items.map((i) => i.id)).toEqual([question.id]);
  });

  it("returns no items and no next page when nothing matches", async () => {
    await makeQuestion({ title: "A question that mentions nothing unusual at all" });
    const result = await browse({ q: "zyxwvutsrqnomatch" });
    expect(result.items).toEqual([]);
    expect(result.next).toBeNull();
  });
});

describe("cursors", () => {
  it.each([
    ["garbage", "!!not-a-cursor!!"],
    ["valid base64 of something else", Buffer.from("hello world").toString("base64url")],
    [
      "a cursor with a bad id",
      Buffer.from(JSON.stringify({ v: 3, id: "'; DROP TABLE question; --" })).toString("base64url"),
    ],
    [
      "a cursor with a bad value",
      Buffer.from(JSON.stringify({ v: "not a date", id: randomUUID() })).toString("base64url"),
    ],
    [
      "a cursor from another sort (an edited URL)",
      Buffer.from(JSON.stringify({ s: "waiting", v: "2026-11-25T10:00:00.000Z", id: randomUUID() })).toString(
        "base64url",
      ),
    ],
    [
      "a number too large for a count",
      Buffer.from(JSON.stringify({ s: "supported", v: 1e12, id: randomUUID() })).toString("base64url"),
    ],
  ])("ignores %s and returns the first page rather than throwing", async (_label, after) => {
    const theme = await newTheme("cursor");
    for (let i = 0; i < 12; i++) await makeQuestion({ themeIds: [theme.id], supportCount: i });
    for (const sort of ["supported", "newest"] as const) {
      const first = await browse({ theme: theme.slug, sort }, 5);
      const withGarbage = await browse({ theme: theme.slug, sort, after }, 5);
      expect(withGarbage.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
      expect(withGarbage.next).toBe(first.next);
      expect(withGarbage.items).toHaveLength(5);
    }
    expect(await db.question.count({ where: { themes: { some: { themeId: theme.id } } } })).toBe(12);
  });
});

describe("results count", () => {
  it("counts every matching published question over all pages, with the same filters and search as the list", async () => {
    const theme = await newTheme("count");
    const district = await newDistrict("count");
    const word = `zephyrcount${randomUUID()
      .slice(0, 6)
      .replace(/[^a-z]/g, "q")}`;
    for (let i = 0; i < 7; i++) await makeQuestion({ themeIds: [theme.id], supportCount: i });
    await makeQuestion({ themeIds: [theme.id], districtId: district.id, status: "answered" });
    await makeQuestion({ themeIds: [theme.id], districtId: district.id, title: `A question about ${word}` });
    // Never counted: not published.
    for (const moderation of ["pending", "rejected", "hidden"] as const)
      await makeQuestion({ themeIds: [theme.id], districtId: district.id, moderation, title: `Held ${word}` });

    const all = await browse({ theme: theme.slug }, 3);
    expect(all.items).toHaveLength(3);
    expect(all.total).toBe(9);
    // A later page says the same total.
    expect((await browse({ theme: theme.slug, after: all.next! }, 3)).total).toBe(9);
    expect((await browse({ theme: theme.slug, district: district.slug })).total).toBe(2);
    expect((await browse({ theme: theme.slug, status: "answered" })).total).toBe(1);
    expect((await browse({ theme: theme.slug, q: word })).total).toBe(1);
    expect((await browse({ q: word })).total).toBe(1);
    // "Waiting longest" lists open and under-review questions only, and counts the same.
    expect((await browse({ theme: theme.slug, sort: "waiting" })).total).toBe(8);
  });

  it("counts and ranks a search's matches up to SEARCH_MATCH_LIMIT, says there are more, and other sorts list them all", async () => {
    const word = `zephyrmany${randomUUID()
      .slice(0, 6)
      .replace(/[^a-z]/g, "q")}`;
    const extra = 5;
    // Support 0..limit+extra-1; the least supported one matches best (the word in its title and its details).
    await db.question.createMany({
      data: Array.from({ length: SEARCH_MATCH_LIMIT + extra }, (_, i) => ({
        title: i === 0 ? `All about ${word}` : `Question ${i} of many`,
        body: i === 0 ? `More on ${word}, and ${word} again.` : `It mentions ${word} once.`,
        authorId,
        moderation: "approved" as const,
        status: "open" as const,
        supportCount: i,
        publishedAt: new Date(),
      })),
    });
    const best = await browse({ q: word });
    expect(best).toMatchObject({ sort: "relevance", total: SEARCH_MATCH_LIMIT, moreThanTotal: true });
    // Ranked among the most supported matches only: the best-matching but least supported one is not there.
    const ranked: string[] = [];
    for (
      let page: BrowseResult | null = best;
      page;
      page = page.next ? await browse({ q: word, after: page.next }) : null
    )
      ranked.push(...page.items.map((q) => q.title));
    expect(ranked.length).toBeGreaterThanOrEqual(SEARCH_MATCH_LIMIT);
    expect(ranked.length).toBeLessThanOrEqual(SEARCH_MATCH_LIMIT + 1);
    expect(ranked).not.toContain(`All about ${word}`);
    expect(new Set(ranked).size).toBe(ranked.length);
    // Most supported lists every match, page after page.
    const listed: string[] = [];
    for (
      let page: BrowseResult | null = await browse({ q: word, sort: "supported" }, 50);
      page;
      page = page.next ? await browse({ q: word, sort: "supported", after: page.next }, 50) : null
    ) {
      expect(page).toMatchObject({ total: SEARCH_MATCH_LIMIT, moreThanTotal: true });
      listed.push(...page.items.map((q) => q.title));
    }
    expect(listed).toHaveLength(SEARCH_MATCH_LIMIT + extra);
    expect(listed.at(-1)).toBe(`All about ${word}`);
  });

  it("says 0 when nothing matches", async () => {
    const result = await browse({ q: "xylophonequartzwobble" });
    expect(result.items).toEqual([]);
    expect(result.total).toBe(0);
  });
});
