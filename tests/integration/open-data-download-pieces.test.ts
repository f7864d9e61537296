// A bulk download is stored in pieces of a version and streamed a piece at a time: the pieces in order are the
// file, its hash and length are the file's, a download that began before the job ran again finishes with the file
// it began, one whose version is gone fails rather than ending short, and replaced versions are deleted an hour on.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CHARACTERS_PER_PIECE, regenerateOpenDataFiles } from "@/lib/open-data/downloads/generate";
import { RESOURCES } from "@/lib/open-data/downloads/resources";
import { createQuestion, createUser } from "../support/fixtures";

const { GET: download } = await import("@/app/downloads/[file]/route");

const site = "http://localhost:3000";
const HOUR = 60 * 60 * 1000;
const FILES = RESOURCES.length * 2;

const get = (file: string, headers: Record<string, string> = {}) =>
  download(new Request(`${site}/downloads/${file}`, { headers }), { params: Promise.resolve({ file }) });

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  const author = await createUser();
  // About 2.5 MB of questions: the questions files take several pieces.
  await db.$executeRaw`
    INSERT INTO question (id, title, body, author_id, moderation, status, created_at, updated_at, published_at)
    SELECT gen_random_uuid(), 'Generated question ' || g || ' about smart street lights',
           repeat('Could the street lights dim when nobody is about? ', 10) || g, ${author.id}::uuid,
           'approved', 'open', now() - (g || ' minutes')::interval, now(), now()
    FROM generate_series(1, 4000) AS g`;
});

describe("a bulk download in pieces", () => {
  it("is stored as pieces of about a megabyte that, streamed in order, are the file its hash and length name", async () => {
    await regenerateOpenDataFiles(db);
    const stored = await db.openDataFile.findUniqueOrThrow({
      where: { resource_format: { resource: "questions", format: "json" } },
      include: { version: { include: { chunks: { orderBy: { seq: "asc" } } } } },
    });
    const pieces = stored.version.chunks;
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    expect(pieces.map((p) => p.seq)).toEqual(pieces.map((_, i) => i));
    for (const piece of pieces.slice(0, -1)) expect(piece.body.length).toBeGreaterThanOrEqual(CHARACTERS_PER_PIECE);

    for (const file of ["questions.json", "questions.csv", "themes.csv"]) {
      const response = await get(file);
      expect(response.status, file).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      const version = await db.openDataFile.findFirstOrThrow({
        where: { resource: file.split(".")[0] as never, format: file.split(".")[1] as never },
      });
      expect(body.length, file).toBe(version.bytes);
      expect(sha256(body), file).toBe(version.sha256);
      expect(response.headers.get("etag"), file).toBe(`"${version.sha256}"`);
    }
    const json = JSON.parse(Buffer.from(await (await get("questions.json")).arrayBuffer()).toString("utf8")) as {
      count: number;
      items: unknown[];
    };
    expect(json.items).toHaveLength(json.count);
    expect(json.count).toBe(await db.question.count({ where: { moderation: "approved" } }));
  });

  it("finishes a download that began before the job ran again with the file it began", async () => {
    await regenerateOpenDataFiles(db);
    const started = await get("questions.csv");
    const etag = started.headers.get("etag")!;
    const newer = await createQuestion((await createUser()).id, { title: "A question asked while a download ran" });
    await regenerateOpenDataFiles(db);
    const finished = Buffer.from(await started.arrayBuffer());
    expect(`"${sha256(finished)}"`).toBe(etag);
    expect(finished.toString("utf8")).not.toContain(newer.id);
    const next = await get("questions.csv", { "If-None-Match": etag });
    expect(next.status).toBe(200);
    expect(await next.text()).toContain(newer.id);
  });

  it("fails, rather than ending short, when its version's pieces are gone", async () => {
    await regenerateOpenDataFiles(db);
    const started = await get("questions.json");
    const { versionId } = await db.openDataFile.findUniqueOrThrow({
      where: { resource_format: { resource: "questions", format: "json" } },
    });
    await db.openDataFileChunk.deleteMany({ where: { versionId, seq: { gt: 0 } } });
    await expect(started.arrayBuffer()).rejects.toThrow(/Sorry, something went wrong on our side/);
  });

  it("keeps a replaced version for an hour, then deletes it and its pieces", async () => {
    const start = Date.now() - 6 * HOUR;
    await regenerateOpenDataFiles(db, new Date(start));
    const first = new Set((await db.openDataFile.findMany()).map((f) => f.versionId));
    await regenerateOpenDataFiles(db, new Date(start + HOUR / 2));
    // Replaced half an hour ago: kept, with its pieces.
    expect(await db.openDataFileVersion.count({ where: { id: { in: [...first] } } })).toBe(FILES);
    await regenerateOpenDataFiles(db, new Date(start + 2 * HOUR));
    expect(await db.openDataFileVersion.count({ where: { id: { in: [...first] } } })).toBe(0);
    expect(await db.openDataFileChunk.count({ where: { versionId: { in: [...first] } } })).toBe(0);
    // None replaced more than an hour before the last run is left; the last run's own are current.
    expect(await db.openDataFileVersion.count({ where: { supersededAt: { lt: new Date(start + HOUR) } } })).toBe(0);
    expect(await db.openDataFileVersion.count({ where: { supersededAt: null } })).toBe(FILES);
  });
});
