// The audit log's reads (/admin/audit and its CSV download) against Postgres: each filter, keyset pages that
// neither repeat nor skip entries written at the same instant, refusals for everyone but administrators, and the
// CSV route with its filters, formula escaping and refusals.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "csv-parse/sync";
import type { Actor } from "@/lib/auth/actor";
import {
  auditActorOptions,
  auditEntryBatches,
  AUDIT_EXPORT_BATCH,
  AUDIT_PAGE_SIZE,
  listAuditEntries,
} from "@/lib/audit/queries";
import { parseAuditFilters, type AuditFilters } from "@/lib/audit/schemas";
import { decodeSerialCursor } from "@/lib/keyset";
import { db } from "@/lib/db";
import { Forbidden, Unauthenticated } from "@/lib/errors";
import { createOrganisation, createUser, partnerOf, personWithRole } from "../support/fixtures";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));

const { GET } = await import("@/app/admin/audit/export/route");

afterEach(() => {
  session.actor = null;
});

async function entry(fields: {
  actorId: string | null;
  action?: string;
  targetType?: string;
  targetId?: string;
  createdAt?: Date;
  after?: object;
}) {
  return db.auditLog.create({
    data: {
      actorId: fields.actorId,
      action: fields.action ?? "question.claim",
      targetType: fields.targetType ?? "question",
      targetId: fields.targetId ?? randomUUID(),
      after: fields.after ?? { status: "under_review" },
      createdAt: fields.createdAt ?? new Date(),
    },
  });
}

/** Every entry the filters match, read page by page through the cursor, as ids in the order shown. */
async function allPages(reader: Actor, filters: AuditFilters): Promise<{ ids: bigint[]; pages: number }> {
  const ids: bigint[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const page = await listAuditEntries(reader, filters, decodeSerialCursor(after ?? undefined));
    ids.push(...page.items.map((item) => item.id));
    after = page.nextCursor;
    pages += 1;
  } while (after && pages < 100);
  return { ids, pages };
}

async function exportCsv(query: string): Promise<Response> {
  return GET(new Request(`http://localhost/admin/audit/export${query}`));
}

describe("the audit log's filters", () => {
  it("filters by person, by action, by target and by UK days, and shows who and what", async () => {
    const admin = await personWithRole("admin");
    const moderator = await createUser({ platformRole: "moderator", displayName: "Filter Moderator" });
    const partner = await createUser({ displayName: "Filter Partner" });
    const question = randomUUID();
    const claim = await entry({ actorId: partner.id, targetId: question, createdAt: new Date("2026-06-30T23:30:00Z") });
    const release = await entry({
      actorId: partner.id,
      action: "question.release",
      targetId: question,
      createdAt: new Date("2026-06-30T22:59:59Z"),
    });
    const hide = await entry({ actorId: moderator.id, action: "moderation.hideQuestion", targetId: question });
    const automatic = await entry({ actorId: null, action: "moderation.hiddenByReports", targetId: question });

    const idsFor = async (filters: AuditFilters) =>
      (await listAuditEntries(admin, filters)).items.map((item) => item.id);
    expect(await idsFor({ actorId: partner.id })).toEqual([claim.id, release.id]);
    expect(await idsFor({ actorId: partner.id, action: "question.release" })).toEqual([release.id]);
    expect(await idsFor({ targetType: "question", targetId: question })).toEqual([
      automatic.id,
      hide.id,
      claim.id,
      release.id,
    ]);
    expect(await idsFor({ targetType: "user", targetId: question })).toEqual([]);
    expect(await idsFor({ actorId: null, targetType: "question", targetId: question })).toEqual([automatic.id]);
    // 23:30 UTC on 30 June is 00:30 on 1 July in the UK (BST); 22:59:59 UTC is still 30 June there.
    const july = parseAuditFilters({ actor: partner.id, from: "2026-07-01", to: "2026-07-01" });
    const june = parseAuditFilters({ actor: partner.id, to: "2026-06-30" });
    if (!july.ok || !june.ok) throw new Error("valid filters refused");
    expect(await idsFor(july.filters)).toEqual([claim.id]);
    expect(await idsFor(june.filters)).toEqual([release.id]);

    const [shown] = (await listAuditEntries(admin, { actorId: moderator.id })).items;
    expect(shown).toMatchObject({
      action: "moderation.hideQuestion",
      targetType: "question",
      targetId: question,
      actor: { displayName: "Filter Moderator", email: moderator.email },
    });
  });

  it("offers staff in the person filter, and the person chosen when they are not staff", async () => {
    const admin = await personWithRole("admin");
    const moderator = await createUser({ platformRole: "moderator" });
    const organisation = await createOrganisation();
    const member = await partnerOf(organisation.id);
    const citizen = await createUser();
    const offered = (await auditActorOptions(admin)).map((person) => person.id);
    expect(offered).toEqual(expect.arrayContaining([admin.id, moderator.id, member.id]));
    expect(offered).not.toContain(citizen.id);
    expect((await auditActorOptions(admin, citizen.id)).map((person) => person.id)).toContain(citizen.id);
  });
});

describe("the audit log's pages", () => {
  it("walks every entry once, newest first, across pages that split entries written at the same instant", async () => {
    const admin = await personWithRole("admin");
    const actor = await createUser({ platformRole: "moderator" });
    const instants = [
      new Date("2026-11-20T10:00:00Z"),
      new Date("2026-11-21T10:00:00Z"),
      new Date("2026-11-22T10:00:00Z"),
    ];
    // 20 at each instant, written in an interleaved order, so ids and times do not rise together.
    for (let i = 0; i < 20; i += 1) {
      for (const at of instants) await entry({ actorId: actor.id, createdAt: at });
    }
    const expected = await db.auditLog.findMany({
      where: { actorId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const { ids, pages } = await allPages(admin, { actorId: actor.id });
    expect(expected).toHaveLength(60);
    expect(pages).toBe(Math.ceil(60 / AUDIT_PAGE_SIZE));
    expect(ids).toEqual(expected.map((row) => row.id));
    expect(new Set(ids).size).toBe(60);
  });
});

describe("who may read the audit log", () => {
  it("refuses every non-administrator, and a visitor, before reading anything", async () => {
    const organisation = await createOrganisation();
    const readers: [string, Actor | null, typeof Forbidden | typeof Unauthenticated][] = [
      ["citizen", await personWithRole("citizen"), Forbidden],
      ["partner member", await partnerOf(organisation.id), Forbidden],
      ["partner lead", await partnerOf(organisation.id, "lead"), Forbidden],
      ["moderator", await personWithRole("moderator"), Forbidden],
      ["visitor", null, Unauthenticated],
    ];
    for (const [who, reader, refusal] of readers) {
      await expect(listAuditEntries(reader, {}), who).rejects.toBeInstanceOf(refusal);
      await expect(auditActorOptions(reader), who).rejects.toBeInstanceOf(refusal);
      expect(() => auditEntryBatches(reader, {}), who).toThrow(refusal);
    }
    const admin = await personWithRole("admin");
    await expect(listAuditEntries(admin, {})).resolves.toHaveProperty("items");
  });
});

describe("the CSV download", () => {
  it("streams the filtered entries with a header row, every batch, none twice", async () => {
    const admin = await personWithRole("admin");
    const actor = await createUser({ platformRole: "moderator", displayName: "Busy Moderator" });
    const count = AUDIT_EXPORT_BATCH * 2 + 7;
    await db.auditLog.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        actorId: actor.id,
        action: "moderation.approveQuestion",
        targetType: "question",
        targetId: randomUUID(),
        before: { moderation: "pending" },
        after: { moderation: "approved", step: i },
        createdAt: new Date(Date.UTC(2026, 10, 1, 0, 0, i % 3)),
        requestId: "00000000-0000-4000-8000-000000000001",
      })),
    });
    await entry({ actorId: actor.id, action: "question.claim" });
    session.actor = admin;
    const response = await exportCsv(`?actor=${actor.id}&action=moderation.approveQuestion`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    // UTF-8 with a byte order mark, so that a spreadsheet reads names with accents rightly.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(new TextDecoder().decode(bytes));
    expect(rows[0]).toEqual([
      "time",
      "actor id",
      "actor name",
      "action",
      "target type",
      "target id",
      "before",
      "after",
      "request id",
    ]);
    const body = rows.slice(1);
    expect(body).toHaveLength(count);
    expect(new Set(body.map((row) => row[5])).size).toBe(count);
    expect(body[0]).toEqual([
      expect.stringMatching(/^2026-11-01T00:00:02\.000Z$/),
      actor.id,
      "Busy Moderator",
      "moderation.approveQuestion",
      "question",
      expect.any(String),
      '{"moderation":"pending"}',
      expect.any(String),
      "00000000-0000-4000-8000-000000000001",
    ]);
    expect(JSON.parse(body[0]![7]!)).toEqual({ moderation: "approved", step: expect.any(Number) });
  });

  it("prefixes a cell a spreadsheet would run as a formula with an apostrophe", async () => {
    const admin = await personWithRole("admin");
    const sly = await createUser({ platformRole: "moderator", displayName: '=HYPERLINK("http://evil")' });
    const plus = await createUser({ platformRole: "moderator", displayName: "+1 Partner" });
    await entry({ actorId: sly.id, targetType: "user", targetId: "@SUM(A1)" });
    await entry({ actorId: plus.id, targetType: "user", targetId: "-2+3" });
    session.actor = admin;
    const slyRows: string[][] = parse(await (await exportCsv(`?actor=${sly.id}`)).text());
    expect(slyRows[1]![2]).toBe('\'=HYPERLINK("http://evil")');
    expect(slyRows[1]![5]).toBe("'@SUM(A1)");
    const plusRows: string[][] = parse(await (await exportCsv(`?actor=${plus.id}`)).text());
    expect(plusRows[1]![2]).toBe("'+1 Partner");
    expect(plusRows[1]![5]).toBe("'-2+3");
  });

  it("refuses non-administrators with 403, a visitor with 401, and invalid filters with 400", async () => {
    const organisation = await createOrganisation();
    for (const reader of [
      await personWithRole("citizen"),
      await personWithRole("moderator"),
      await partnerOf(organisation.id, "lead"),
    ]) {
      session.actor = reader;
      const refused = await exportCsv("");
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain("time,actor id");
    }
    session.actor = null;
    expect((await exportCsv("")).status).toBe(401);
    session.actor = await personWithRole("admin");
    const invalid = await exportCsv("?from=yesterday");
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      errors: { from: "Date from must be a real date in the format yyyy-mm-dd, like 2026-11-26" },
    });
  });
});
