// The partner inbox as CSV (lib/triage/inbox-export.ts and /partner/export) against Postgres: the file holds the
// inbox view's questions in the inbox's order for each view, filter and sort (across keyset batches); cells a
// spreadsheet would run as formulas are guarded and everything round-trips through a CSV parser; internal notes
// appear only when asked for and only those the person may read on the question's page; held, turned-down and
// hidden questions never; and everyone but partners and admins is refused, changing nothing. Tests share this
// file's database, so each scopes its questions by a theme of its own.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Forbidden, Unauthenticated } from "@/lib/errors";
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { parseInboxParams } from "@/lib/triage/inbox-params";
import { getPartnerInbox, resolveInboxScope } from "@/lib/triage/inbox-queries";
import { getPartnerWorkspace } from "@/lib/triage/queries";
import {
  INBOX_EXPORT_COLUMNS,
  INTERNAL_NOTES_COLUMN,
  inboxExportQuery,
  openInboxExport,
  parseInboxExportRequest,
} from "@/lib/triage/inbox-export";
import { createOrganisation, createUser, partnerOf, personWithRole } from "../support/fixtures";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));

const { GET } = await import("@/app/partner/export/route");

afterEach(() => {
  session.actor = null;
});

const DAY = 24 * 60 * 60 * 1000;
// A fixed moment, so "overdue" and "days waiting" never depend on when the test runs.
const NOW = new Date("2026-11-26T10:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

let authorId: string;

beforeAll(async () => {
  authorId = (await createUser({ displayName: "Export Author" })).id;
});

async function newTheme(label: string) {
  const slug = `${label}-${randomUUID().slice(0, 8)}`;
  return db.theme.create({ data: { slug, name: `Theme ${slug}`, description: `For the ${label} test.` } });
}

let made = 0;
async function makeQuestion(spec: {
  themeId: number;
  title?: string;
  moderation?: ModerationState;
  status?: QuestionStatus;
  supportCount?: number;
  trendingScore?: number;
  publishedDaysAgo?: number;
  districtId?: number;
  answeredDaysAgo?: number;
  held?: { organisationId: number; claimedById?: string; dueOn: string };
}) {
  made += 1;
  const publishedAt = daysAgo(spec.publishedDaysAgo ?? 10 + made);
  const moderation = spec.moderation ?? "approved";
  const question = await db.question.create({
    data: {
      title: spec.title ?? `Export test question ${made}`,
      body: "Details for the export tests.",
      authorId,
      moderation,
      moderationReason: moderation === "rejected" || moderation === "hidden" ? "Against the house rules." : null,
      status: spec.status ?? "open",
      supportCount: spec.supportCount ?? 0,
      trendingScore: spec.trendingScore ?? 0,
      districtId: spec.districtId ?? null,
      createdAt: publishedAt,
      // A hidden question was published until a moderator hid it; held and turned-down ones never were.
      publishedAt: moderation === "approved" || moderation === "hidden" ? publishedAt : null,
      answeredAt: spec.answeredDaysAgo === undefined ? null : daysAgo(spec.answeredDaysAgo),
      themes: { create: [{ themeId: spec.themeId }] },
    },
  });
  if (spec.held) {
    await db.assignment.create({
      data: {
        questionId: question.id,
        organisationId: spec.held.organisationId,
        dueOn: new Date(`${spec.held.dueOn}T00:00:00Z`),
        claimedById: spec.held.claimedById ?? null,
        claimedAt: spec.held.claimedById ? publishedAt : null,
      },
    });
  }
  return question;
}

/** The ids the inbox shows for these params, page after page through its cursor, in the order shown. */
async function inboxIds(actor: Actor, raw: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 50; pages += 1) {
    const params = parseInboxParams({ ...raw, ...(after ? { after } : {}) });
    const scope = await resolveInboxScope(actor, params.organisation);
    const inbox = await getPartnerInbox(actor, scope, params, { now: NOW, pageSize: 2 });
    ids.push(...inbox.rows.map((row) => row.id));
    if (!inbox.next) break;
    after = inbox.next;
  }
  return ids;
}

/** The export's rows (header first) for these params, read through every batch. */
async function exportRows(
  actor: Actor | null,
  raw: Record<string, string>,
  options: { batchSize?: number } = {},
): Promise<string[][]> {
  const exported = await openInboxExport(actor, parseInboxExportRequest(new URLSearchParams(raw)), {
    now: NOW,
    batchSize: options.batchSize ?? 2,
  });
  const rows: string[][] = [exported.header];
  for await (const batch of exported.batches) rows.push(...batch);
  return rows;
}

async function download(actor: Actor | null, raw: Record<string, string>): Promise<Response> {
  session.actor = actor;
  return GET(new Request(`http://localhost/partner/export?${new URLSearchParams(raw)}`));
}

const column = (name: (typeof INBOX_EXPORT_COLUMNS)[number]) => INBOX_EXPORT_COLUMNS.indexOf(name);

describe("the inbox view as CSV", () => {
  it("holds the view's questions in the inbox's order, for each view, filter and sort, across batches", async () => {
    const theme = await newTheme("export-order");
    const district = await db.district.create({
      data: { slug: `export-${randomUUID().slice(0, 8)}`, name: "Export District", kind: "district" },
    });
    const organisation = await createOrganisation();
    const partner = await partnerOf(organisation.id);
    const other = await createOrganisation();
    // Ties on support and trending, so the id tie-break is exercised across batch boundaries too.
    const specs = [
      { supportCount: 5, trendingScore: 1.5, publishedDaysAgo: 40 },
      { supportCount: 5, trendingScore: 1.5, publishedDaysAgo: 40 },
      { supportCount: 9, trendingScore: 0.5, publishedDaysAgo: 3, districtId: district.id },
      { supportCount: 1, trendingScore: 7.25, publishedDaysAgo: 95, districtId: district.id },
      {
        supportCount: 3,
        trendingScore: 2,
        publishedDaysAgo: 20,
        held: { organisationId: organisation.id, dueOn: "2026-11-01" },
        status: "under_review" as const,
      },
      {
        supportCount: 7,
        trendingScore: 3,
        publishedDaysAgo: 50,
        held: { organisationId: organisation.id, dueOn: "2026-12-20" },
        status: "under_review" as const,
      },
      {
        supportCount: 4,
        trendingScore: 4,
        publishedDaysAgo: 60,
        held: { organisationId: other.id, dueOn: "2026-11-01" },
        status: "under_review" as const,
      },
      { supportCount: 0, trendingScore: 0, publishedDaysAgo: 8 },
    ];
    const shown = [];
    for (const spec of specs) shown.push(await makeQuestion({ themeId: theme.id, ...spec }));
    const searched = await db.question.update({
      where: { id: shown[2]!.id },
      data: { title: "Export test question about hedgehog crossings" },
    });
    const pending = await makeQuestion({ themeId: theme.id, moderation: "pending", supportCount: 50 });
    const hidden = await makeQuestion({ themeId: theme.id, moderation: "hidden", supportCount: 60 });
    const rejected = await makeQuestion({ themeId: theme.id, moderation: "rejected", supportCount: 70 });

    const cases: Record<string, string>[] = [
      { theme: theme.slug },
      { theme: theme.slug, sort: "support" },
      { theme: theme.slug, sort: "trending" },
      { theme: theme.slug, district: district.slug, sort: "support" },
      { theme: theme.slug, support: "4", sort: "trending" },
      { theme: theme.slug, age: "30" },
      { theme: theme.slug, view: "organisation", sort: "support" },
      { theme: theme.slug, view: "overdue" },
      { theme: theme.slug, q: "hedgehogs" },
    ];
    for (const raw of cases) {
      const expected = await inboxIds(partner, raw);
      const rows = await exportRows(partner, raw);
      expect(rows[0]).toEqual([...INBOX_EXPORT_COLUMNS]);
      expect(
        rows.slice(1).map((row) => row[column("question id")]),
        JSON.stringify(raw),
      ).toEqual(expected);
    }
    // The cases are not empty, and the pool holds every unclaimed published question of the theme.
    expect(await inboxIds(partner, { theme: theme.slug })).toHaveLength(5);
    expect(await inboxIds(partner, { theme: theme.slug, view: "organisation" })).toHaveLength(2);
    expect(await inboxIds(partner, { theme: theme.slug, view: "overdue" })).toEqual([shown[4]!.id]);
    expect(await inboxIds(partner, { theme: theme.slug, q: "hedgehogs" })).toEqual([searched.id]);

    // Held, turned-down and hidden questions are never in the file, in any view or sort.
    const admin = await personWithRole("admin");
    for (const view of ["pool", "organisation", "mine", "overdue", "answered"]) {
      for (const sort of ["waiting", "support", "trending"]) {
        const text = JSON.stringify(await exportRows(admin, { theme: theme.slug, view, sort, notes: "on" }));
        for (const unseen of [pending, hidden, rejected]) expect(text).not.toContain(unseen.id);
      }
    }
  });

  it("says what a partner needs about each question, with their own organisation's tags only", async () => {
    const theme = await newTheme("export-columns");
    const district = await db.district.create({
      data: { slug: `columns-${randomUUID().slice(0, 8)}`, name: "Columns District", kind: "district" },
    });
    const organisation = await createOrganisation();
    const other = await createOrganisation();
    const partner = await partnerOf(organisation.id, "member", "Pat Holder");
    const late = await makeQuestion({
      themeId: theme.id,
      title: "A late question",
      status: "under_review",
      supportCount: 12,
      publishedDaysAgo: 30,
      districtId: district.id,
      held: { organisationId: organisation.id, claimedById: partner.id, dueOn: "2026-11-20" },
    });
    const answered = await makeQuestion({
      themeId: theme.id,
      title: "An answered question",
      status: "answered",
      publishedDaysAgo: 40,
      answeredDaysAgo: 15,
      held: { organisationId: organisation.id, dueOn: "2026-10-30" },
    });
    const ownTag = await db.partnerTag.create({ data: { organisationId: organisation.id, name: "Budget 2027" } });
    const ownTag2 = await db.partnerTag.create({ data: { organisationId: organisation.id, name: "Ask highways" } });
    const otherTag = await db.partnerTag.create({ data: { organisationId: other.id, name: "Secret other tag" } });
    await db.questionPartnerTag.createMany({
      data: [ownTag, ownTag2, otherTag].map((tag) => ({ questionId: late.id, tagId: tag.id, taggedById: partner.id })),
    });

    const rows = await exportRows(partner, { theme: theme.slug, view: "organisation" });
    const byId = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect(byId.get(late.id)).toEqual([
      late.id,
      expect.stringMatching(new RegExp(`^https?://[^/]+/questions/${late.id}$`)),
      "A late question",
      "Under review",
      `Theme ${theme.slug}`,
      "Columns District",
      "12",
      "2026-10-27",
      "30",
      organisation.name,
      "Pat Holder",
      "2026-11-20",
      "yes",
      "Ask highways; Budget 2027",
    ]);
    // Answered: waited until its answer, and no longer late whatever its due date.
    expect(byId.get(answered.id)).toMatchObject({
      [column("days waiting")]: "25",
      [column("held by")]: "",
      [column("answer due on")]: "2026-10-30",
      [column("overdue")]: "no",
      [column("your organisation's tags")]: "",
    });
    expect(JSON.stringify(rows)).not.toContain("Secret other tag");
  });

  it("round-trips hostile cells through a CSV parser, guards formulas and starts with the byte order mark", async () => {
    const theme = await newTheme("export-hostile");
    const organisation = await createOrganisation();
    const partner = await partnerOf(organisation.id);
    const titles = {
      formula: '=HYPERLINK("http://evil.example","Click")',
      plus: "+44 1245 000000 is the number to call?",
      minus: "-2+3 buses every hour?",
      at: "@SUM(A1:A9) and other sums",
      tab: "\tWhy is this indented with a tab?",
      quoted: 'Why do "quick" buses, trains, and ferries wait?',
      lines: "Line one of a title\nline two, with a comma\r\nand three",
      accents: "Is the £5 café fee in Saffron Walden fair? Né, naïve, Ünïcödé ✓",
    };
    for (const [key, title] of Object.entries(titles)) {
      await makeQuestion({ themeId: theme.id, title, supportCount: Object.keys(titles).indexOf(key) });
    }

    const response = await download(partner, { theme: theme.slug, sort: "support" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="${organisation.slug}-inbox-pool-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
    expect(text).toContain("\r\n");
    const rows: string[][] = parse(text);
    expect(rows[0]).toEqual([...INBOX_EXPORT_COLUMNS]);
    // Most support first: the order the titles were written in, reversed.
    const got = rows.slice(1).map((row) => row[column("title")]);
    expect(got).toEqual(
      [
        `'${titles.formula}`,
        `'${titles.plus}`,
        `'${titles.minus}`,
        `'${titles.at}`,
        `'${titles.tab}`,
        titles.quoted,
        titles.lines,
        titles.accents,
      ].reverse(),
    );
    for (const row of rows) expect(row).toHaveLength(INBOX_EXPORT_COLUMNS.length);
  });
});

describe("internal notes in the file", () => {
  it("are left out unless asked for, and then only the notes the person may read", async () => {
    const theme = await newTheme("export-notes");
    const organisation = await createOrganisation();
    const other = await createOrganisation();
    const partner = await partnerOf(organisation.id, "member", "Nora Notes");
    const outsider = await partnerOf(other.id);
    const admin = await personWithRole("admin");
    const held = await makeQuestion({
      themeId: theme.id,
      status: "under_review",
      held: { organisationId: organisation.id, dueOn: "2026-12-20" },
    });
    const pool = await makeQuestion({ themeId: theme.id });
    const elsewhere = await makeQuestion({
      themeId: theme.id,
      status: "under_review",
      held: { organisationId: other.id, dueOn: "2026-12-20" },
    });
    const note = (questionId: string, organisationId: number | null, author: Actor, body: string, minutes: number) =>
      db.internalNote.create({
        data: {
          questionId,
          organisationId,
          authorId: author.id,
          body,
          createdAt: new Date(NOW.getTime() - minutes * 60_000),
        },
      });
    await note(held.id, organisation.id, partner, "=Own note, first line\nsecond line", 30);
    await note(held.id, null, admin, "Admin note on the held question", 20);
    await note(held.id, other.id, outsider, "Left by the other organisation before a transfer", 40);
    await note(pool.id, null, admin, "Admin note on a pool question", 10);
    await note(elsewhere.id, other.id, outsider, "The other organisation's own note", 5);
    const everyNote = [
      "Own note, first line",
      "Admin note on the held question",
      "Left by the other organisation before a transfer",
      "Admin note on a pool question",
      "The other organisation's own note",
    ];

    // Not asked for: no column, no note, whoever downloads.
    for (const reader of [partner, admin]) {
      for (const view of ["pool", "organisation"]) {
        const rows = await exportRows(reader, { theme: theme.slug, view, organisation: organisation.slug });
        expect(rows[0]).not.toContain(INTERNAL_NOTES_COLUMN);
        for (const body of everyNote) expect(JSON.stringify(rows)).not.toContain(body.slice(0, 20));
      }
    }
    // Through the route too: the box unticked sends no `notes`.
    const plain: string[][] = parse(
      await (await download(partner, { theme: theme.slug, view: "organisation" })).text(),
    );
    expect(plain[0]).toEqual([...INBOX_EXPORT_COLUMNS]);

    // Asked for: exactly the notes the question's page shows this person, oldest first.
    const notesOf = async (reader: Actor, view: string, organisationSlug: string) => {
      const response = await download(reader, {
        theme: theme.slug,
        view,
        organisation: organisationSlug,
        notes: "on",
      });
      const rows: string[][] = parse(await response.text());
      expect(rows[0]).toEqual([...INBOX_EXPORT_COLUMNS, INTERNAL_NOTES_COLUMN]);
      return new Map(rows.slice(1).map((row) => [row[0]!, row[INBOX_EXPORT_COLUMNS.length]!]));
    };
    const partnerHeld = await notesOf(partner, "organisation", organisation.slug);
    expect(partnerHeld.get(held.id)).toMatch(
      /^Nora Notes, Organisation org-[^,]+, on \d+ \w+ 2026 at [\d:]+[ap]m: =Own note, first line\nsecond line\n\n[^\n]+, CSES, on .+: Admin note on the held question$/,
    );
    const partnerPool = await notesOf(partner, "pool", organisation.slug);
    expect(partnerPool.get(pool.id)).toBe("");
    const adminPool = await notesOf(admin, "pool", organisation.slug);
    expect(adminPool.get(pool.id)).toContain("Admin note on a pool question");
    const adminHeld = await notesOf(admin, "organisation", organisation.slug);
    expect(adminHeld.get(held.id)).toContain("Left by the other organisation before a transfer");
    // A partner asking for another organisation's inbox gets their own, with their own notes only.
    const outsiderView = await notesOf(outsider, "organisation", organisation.slug);
    expect([...outsiderView.keys()]).toEqual([elsewhere.id]);
    expect(outsiderView.get(elsewhere.id)).toContain("The other organisation's own note");

    // The same notes as the question's workspace shows each of them.
    for (const [reader, files] of [
      [partner, [partnerHeld, partnerPool]],
      [admin, [adminPool, adminHeld]],
      [outsider, [outsiderView]],
    ] as const) {
      for (const file of files) {
        for (const [questionId, cell] of file) {
          const workspace = await getPartnerWorkspace(questionId, reader);
          const bodies = (workspace?.notes ?? []).map((n) => n.body);
          const shown = everyNote.filter((body) => cell.includes(body));
          expect(shown.sort(), questionId).toEqual(
            everyNote.filter((body) => bodies.some((b) => b.includes(body))).sort(),
          );
        }
      }
    }
  });
});

describe("who may download", () => {
  it("refuses a visitor (401), citizens and moderators (403), and changes nothing", async () => {
    const theme = await newTheme("export-refused");
    await makeQuestion({ themeId: theme.id, title: "Refused export question" });
    const tables = async () => ({
      questions: await db.question.count(),
      notes: await db.internalNote.count(),
      audit: await db.auditLog.count(),
      assignments: await db.assignment.count(),
    });
    const before = await tables();

    await expect(openInboxExport(null, parseInboxExportRequest(new URLSearchParams()))).rejects.toBeInstanceOf(
      Unauthenticated,
    );
    const visitor = await download(null, { theme: theme.slug });
    expect(visitor.status).toBe(401);
    expect(await visitor.json()).toEqual({ error: expect.any(String) });
    for (const role of ["citizen", "moderator"] as const) {
      const person = await personWithRole(role);
      await expect(
        openInboxExport(person, parseInboxExportRequest(new URLSearchParams({ notes: "on" }))),
      ).rejects.toBeInstanceOf(Forbidden);
      const refused = await download(person, { theme: theme.slug, notes: "on" });
      expect(refused.status).toBe(403);
      const body = await refused.text();
      expect(body).not.toContain("Refused export question");
      expect(body).not.toContain("question id");
    }
    // A partner who has not confirmed their email address yet.
    const organisation = await createOrganisation();
    const unconfirmed = await partnerOf(organisation.id);
    expect((await download({ ...unconfirmed, verified: false }, { theme: theme.slug })).status).toBe(403);
    expect(await tables()).toEqual(before);

    // Partners and admins may; a download is a read and writes no audit entry.
    expect((await download(await partnerOf(organisation.id), { theme: theme.slug })).status).toBe(200);
    expect((await download(await personWithRole("admin"), { theme: theme.slug })).status).toBe(200);
    expect(await tables()).toEqual(before);
  });

  it("builds the download's address from the inbox's, without the page's cursor", () => {
    const params = parseInboxParams({
      view: "organisation",
      theme: "roads",
      sort: "support",
      after: "abc",
      support: "3",
      q: "bus lane",
    });
    expect(inboxExportQuery(params).toString()).toBe("view=organisation&q=bus+lane&theme=roads&support=3&sort=support");
    expect(inboxExportQuery(params, true).get("notes")).toBe("on");
    const parsed = parseInboxExportRequest(new URLSearchParams("view=organisation&theme=roads&after=xyz&notes=on"));
    expect(parsed).toEqual({
      params: { ...parseInboxParams({ view: "organisation", theme: "roads" }) },
      includeNotes: true,
    });
    expect(parseInboxExportRequest(new URLSearchParams("notes=yes")).includeNotes).toBe(false);
  });
});
