// Feeds and bulk downloads publish what the public pages show, and nothing more. A hidden question, a pending
// one, a response on the hidden one, an internal note, an under-18's public name, a partner member's name, and an
// under-18 event participant's nickname and waiting room question each carry a unique marker; every feed (each format, each filter, each partner feed) and every download file is
// fetched through its route handler and searched for them. The downloads are made by the job, through the queue,
// and counted against SQL written here, apart from the code under test.
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newJoinCode } from "@/lib/events/join-code";
import { enqueue } from "@/lib/jobs/enqueue";
import { OPEN_DATA_SCHEDULE } from "@/lib/jobs/queues";
import { RESOURCES } from "@/lib/open-data/downloads/resources";
import { FEED_FORMAT_NAMES, type FeedFormat } from "@/lib/open-data/feeds/formats";
import { createOrganisation, createQuestion, createUser } from "../support/fixtures";
import { VALIDATORS } from "../support/feed-validation";
import { drainJobs, withBoss } from "../support/jobs";

const { GET: questionFeed } = await import("@/app/feeds/[file]/route");
const { GET: partnerFeed } = await import("@/app/feeds/partners/[slug]/[file]/route");
const { GET: download } = await import("@/app/downloads/[file]/route");

const tag = randomUUID().slice(0, 8);
const MARKERS = {
  hidden: `hidden-question-${tag}`,
  pending: `pending-question-${tag}`,
  responseOnHidden: `response-on-hidden-${tag}`,
  note: `internal-note-${tag}`,
  under18: `Young Otter ${tag}`,
  partnerName: `Partner Person ${tag}`,
  authorName: `Adult Author ${tag}`,
  nickname: `Room Heron ${tag}`,
  roomQuestion: `room-question-${tag}`,
};
const PUBLISHED_TITLE = `Could Maldon's quay have tide sensors ${tag}?`;
const site = "http://localhost:3000";

let organisation: { id: number; slug: string };
let published: string;
let theme: string;
let district: string;

const get = (handler: (request: Request, context: never) => Promise<Response>, url: string, params: object) =>
  handler(new Request(`${site}${url}`), { params: Promise.resolve(params) } as never);

function expectNoMarkers(label: string, body: string) {
  for (const [what, marker] of Object.entries(MARKERS)) expect(body, `${label}: ${what}`).not.toContain(marker);
}

async function regenerate(): Promise<void> {
  await db.$transaction((tx) => enqueue(tx, "regenerate-open-data", {}));
  expect(await drainJobs()).toBeGreaterThanOrEqual(1);
}

beforeAll(async () => {
  organisation = await createOrganisation(`open-${tag}`);
  const partner = await createUser({ displayName: MARKERS.partnerName });
  await db.organisationMembership.create({ data: { userId: partner.id, organisationId: organisation.id } });
  const adult = await createUser({ displayName: MARKERS.authorName });
  const young = await createUser({ displayName: MARKERS.under18, ageBand: "under_16" });
  const themeRow = await db.theme.create({
    data: { slug: `tides-${tag}`, name: `Tides ${tag}`, description: "For the open data test." },
  });
  theme = themeRow.slug;
  const districtRow = await db.district.create({
    data: { slug: `quayside-${tag}`, name: `Quayside ${tag}`, kind: "district" },
  });
  district = districtRow.slug;
  const event = await db.event.create({
    data: {
      title: `Quay workshop ${tag}`,
      description: "A past workshop.",
      kind: "school_workshop",
      startsAt: new Date(Date.now() - 7 * 86_400_000),
      endsAt: new Date(Date.now() - 7 * 86_400_000 + 2 * 3_600_000),
      place: "Maldon",
      organiserId: partner.id,
      organisationId: organisation.id,
      joinCode: newJoinCode(),
    },
  });

  // Someone under 18 in the room, whose question waits for a facilitator: neither is public.
  const participant = await db.eventParticipant.create({
    data: { eventId: event.id, nickname: MARKERS.nickname, ageBand: "under_16", tokenHash: "a".repeat(64) },
  });
  await db.eventQuestion.create({
    data: { eventId: event.id, participantId: participant.id, text: MARKERS.roomQuestion, askedByUnder18: true },
  });

  const questions = {
    published: await createQuestion(young.id, {
      title: PUBLISHED_TITLE,
      body: "Flooding at the quay.",
      status: "answered",
    }),
    hidden: await createQuestion(adult.id, { title: `Why ${MARKERS.hidden}?`, moderation: "hidden" }),
    pending: await createQuestion(young.id, { title: `Why ${MARKERS.pending}?`, moderation: "pending" }),
  };
  published = questions.published.id;
  for (const q of Object.values(questions)) {
    await db.question.update({ where: { id: q.id }, data: { districtId: districtRow.id, eventId: event.id } });
    await db.questionTheme.create({ data: { questionId: q.id, themeId: themeRow.id } });
  }
  await db.response.create({
    data: {
      questionId: published,
      organisationId: organisation.id,
      authorId: partner.id,
      body: "We will fit sensors.",
    },
  });
  await db.response.create({
    data: {
      questionId: questions.hidden.id,
      organisationId: organisation.id,
      authorId: partner.id,
      body: `Answer: ${MARKERS.responseOnHidden}`,
    },
  });
  await db.internalNote.create({
    data: { questionId: published, organisationId: organisation.id, authorId: partner.id, body: MARKERS.note },
  });
  await db.comment.create({
    data: { questionId: published, authorId: young.id, body: "I live by the quay.", moderation: "approved" },
  });
  await db.commitment.create({
    data: {
      organisationId: organisation.id,
      title: `Tide sensors on the quay ${tag}`,
      description: "Four sensors by spring.",
      targetDate: new Date("2027-04-01"),
      createdById: partner.id,
      questions: { create: [{ questionId: published }, { questionId: questions.hidden.id }] },
    },
  });
});

describe("feeds", () => {
  const questionFeeds = (format: FeedFormat) => [
    `/feeds/questions.${format}`,
    `/feeds/questions.${format}?theme=${theme}`,
    `/feeds/questions.${format}?district=${district}&theme=${theme}&sort=supported&after=x`,
    `/feeds/questions.${format}?organisation=${organisation.slug}`,
    `/feeds/questions.${format}?status=answered&theme=${theme}`,
    `/feeds/questions.${format}?q=${encodeURIComponent("tide sensors")}`,
  ];

  it("follow any filter of the questions list, valid in every format, with the published question only", async () => {
    for (const format of FEED_FORMAT_NAMES) {
      for (const url of questionFeeds(format)) {
        const response = await get(questionFeed, url, { file: `questions.${format}` });
        expect(response.status, url).toBe(200);
        expect(response.headers.get("content-type"), url).toMatch(/^application\/(rss\+xml|atom\+xml|feed\+json)/);
        const body = await response.text();
        expectNoMarkers(url, body);
        const feed = VALIDATORS[format](body);
        expect(
          feed.items.map((i) => i.id),
          url,
        ).toContain(`${site}/questions/${published}`);
      }
    }
    // A filter the question does not match leaves it out.
    const other = await get(questionFeed, "/feeds/questions.json?status=open&theme=" + theme, {
      file: "questions.json",
    });
    expect(VALIDATORS.json(await other.text()).items).toEqual([]);
  });

  it("follow a partner's answers and commitments, without the answer on a hidden question", async () => {
    for (const format of FEED_FORMAT_NAMES) {
      const answers = await get(partnerFeed, "", { slug: organisation.slug, file: `responses.${format}` });
      const answersBody = await answers.text();
      expectNoMarkers(`responses.${format}`, answersBody);
      expect(VALIDATORS[format](answersBody).items.map((i) => i.title)).toEqual([
        `Organisation ${organisation.slug} answered: ${PUBLISHED_TITLE}`,
      ]);
      const commitments = await get(partnerFeed, "", { slug: organisation.slug, file: `commitments.${format}` });
      const commitmentsBody = await commitments.text();
      expectNoMarkers(`commitments.${format}`, commitmentsBody);
      expect(VALIDATORS[format](commitmentsBody).items).toHaveLength(1);
      expect(commitmentsBody).toContain("It answers 1 question.");
    }
    expect((await get(partnerFeed, "", { slug: "no-such-partner", file: "responses.rss" })).status).toBe(404);
    expect((await get(partnerFeed, "", { slug: organisation.slug, file: "notes.rss" })).status).toBe(404);
    expect((await get(questionFeed, "/feeds/answers.rss", { file: "answers.rss" })).status).toBe(404);
  });

  it("take any text in their filters, and stay valid", async () => {
    const hostile = ["\u0000\u0002", "\ud800", "]]><script>alert(1)</script>", "x".repeat(5000), "%zz", "' OR 1=1 --"];
    for (const value of hostile)
      for (const format of FEED_FORMAT_NAMES) {
        const query = new URLSearchParams({ q: value, theme: value, organisation: value, status: value }).toString();
        const response = await get(questionFeed, `/feeds/questions.${format}?${query}`, {
          file: `questions.${format}`,
        });
        expect(response.status, value).toBe(200);
        const body = await response.text();
        VALIDATORS[format](body);
        if (format !== "json") expect(body).not.toContain("<script");
      }
  });

  it("answer a repeat request with its ETag by 304 Not Modified, and cache for a few minutes", async () => {
    const url = `/feeds/questions.atom?theme=${theme}`;
    const first = await get(questionFeed, url, { file: "questions.atom" });
    expect(first.headers.get("cache-control")).toBe("public, max-age=300, stale-while-revalidate=300");
    const etag = first.headers.get("etag")!;
    const again = await questionFeed(new Request(`${site}${url}`, { headers: { "If-None-Match": etag } }), {
      params: Promise.resolve({ file: "questions.atom" }),
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("bulk downloads", () => {
  it("are scheduled every hour", async () => {
    const schedules = await withBoss((boss) => boss.getSchedules());
    expect(schedules.find((s) => s.name === "regenerate-open-data")).toMatchObject({
      cron: OPEN_DATA_SCHEDULE.cron,
      timezone: "Europe/London",
    });
  });

  it("are made by the job, hold no hidden, pending or private text and no one's name, and count what SQL counts", async () => {
    await regenerate();
    const counts: Record<string, number> = Object.fromEntries(
      (
        await db.$queryRaw<{ resource: string; n: number }[]>`
          SELECT 'questions' AS resource, count(*)::int AS n FROM question WHERE moderation = 'approved'
          UNION ALL SELECT 'responses', count(*)::int FROM response r JOIN question q ON q.id = r.question_id
            WHERE q.moderation = 'approved'
          UNION ALL SELECT 'commitments', count(*)::int FROM commitment
          UNION ALL SELECT 'themes', count(*)::int FROM theme
          UNION ALL SELECT 'districts', count(*)::int FROM district
          UNION ALL SELECT 'organisations', count(*)::int FROM organisation WHERE deactivated_at IS NULL
          UNION ALL SELECT 'events', count(*)::int FROM event WHERE ends_at < now()`
      ).map((r) => [r.resource, r.n]),
    );
    expect(counts.questions).toBeGreaterThan(0);
    for (const { resource } of RESOURCES) {
      const csvResponse = await get(download, "", { file: `${resource}.csv` });
      expect(csvResponse.status, resource).toBe(200);
      expect(csvResponse.headers.get("content-disposition")).toBe(
        `attachment; filename="my-smarter-essex-${resource}.csv"`,
      );
      expect(csvResponse.headers.get("last-modified")).not.toBeNull();
      const csv = await csvResponse.text();
      const jsonResponse = await get(download, "", { file: `${resource}.json` });
      const json = await jsonResponse.text();
      for (const [format, body] of [
        ["csv", csv],
        ["json", json],
      ] as const)
        expectNoMarkers(`${resource}.${format}`, body);
      const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
      const parsed = JSON.parse(json) as { count: number; items: Record<string, unknown>[]; licence: { name: string } };
      expect(rows.length, `${resource}.csv`).toBe(counts[resource]);
      expect(parsed.items.length, `${resource}.json`).toBe(counts[resource]);
      expect(parsed.count).toBe(counts[resource]);
      expect(parsed.licence.name).toBe("Open Government Licence v3.0");
    }
    const questions = JSON.parse(await (await get(download, "", { file: "questions.json" })).text()) as {
      items: { id: string; themes: string[]; district: string; answered_by: string[] }[];
    };
    expect(questions.items.find((q) => q.id === published)).toMatchObject({
      themes: [theme],
      district,
      answered_by: [organisation.slug],
    });
    const events = JSON.parse(await (await get(download, "", { file: "events.json" })).text()) as {
      items: { title: string; questions: string[] }[];
    };
    expect(events.items.find((e) => e.title === `Quay workshop ${tag}`)?.questions).toEqual([published]);
    const commitments = JSON.parse(await (await get(download, "", { file: "commitments.json" })).text()) as {
      items: { title: string; questions: string[] }[];
    };
    expect(commitments.items.find((c) => c.title.endsWith(tag))?.questions).toEqual([published]);
  });

  it("are made again by the next run, with its time, and a mirror asking with the old ETag gets the new file", async () => {
    await regenerate();
    const before = await get(download, "", { file: "questions.csv" });
    const etag = before.headers.get("etag")!;
    const madeBefore = new Date(before.headers.get("x-generated-at")!);
    const unchanged = await download(
      new Request(`${site}/downloads/questions.csv`, { headers: { "If-None-Match": etag } }),
      {
        params: Promise.resolve({ file: "questions.csv" }),
      },
    );
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("etag")).toBe(etag);
    expect(await unchanged.text()).toBe("");
    const unchangedSince = await download(
      new Request(`${site}/downloads/questions.csv`, {
        headers: { "If-Modified-Since": before.headers.get("last-modified")! },
      }),
      { params: Promise.resolve({ file: "questions.csv" }) },
    );
    expect(unchangedSince.status).toBe(304);
    expect(unchangedSince.headers.get("x-generated-at")).toBe(madeBefore.toISOString());

    const later = await createQuestion((await createUser()).id, { title: `A newer question ${tag} about buses` });
    await regenerate();
    const after = await download(
      new Request(`${site}/downloads/questions.csv`, { headers: { "If-None-Match": etag } }),
      {
        params: Promise.resolve({ file: "questions.csv" }),
      },
    );
    expect(after.status).toBe(200);
    expect(new Date(after.headers.get("x-generated-at")!).getTime()).toBeGreaterThan(madeBefore.getTime());
    expect(await after.text()).toContain(later.id);
    const stored = await db.openDataFile.findMany({ select: { generatedAt: true } });
    expect(stored).toHaveLength(RESOURCES.length * 2);
    expect(new Set(stored.map((f) => f.generatedAt.getTime())).size).toBe(1);
  });

  it("answer 404 for a file that is not one of them", async () => {
    for (const file of ["people.csv", "questions.xlsx", "questions"])
      expect((await get(download, "", { file })).status, file).toBe(404);
  });
});
