// The database itself refuses what must never happen, whatever code writes.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOrganisation, createQuestion, createUser } from "../support/fixtures";

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

async function sqlError(sql: string, params: unknown[] = []): Promise<string | undefined> {
  try {
    await client.query(sql, params);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("votes", () => {
  it("keeps one row when one person supports a question twice at the same moment", async () => {
    const author = await createUser();
    const supporter = await createUser();
    const question = await createQuestion(author.id);
    const connections = await Promise.all(
      [0, 1].map(async () => {
        const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        return c;
      }),
    );
    const results = await Promise.allSettled(
      connections.map((c) =>
        c.query("INSERT INTO vote (user_id, question_id) VALUES ($1, $2)", [supporter.id, question.id]),
      ),
    );
    await Promise.all(connections.map((c) => c.end()));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("23505"); // unique_violation on the primary key
    expect(await db.vote.count({ where: { questionId: question.id } })).toBe(1);
  });
});

describe("audit log", () => {
  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    const actor = await createUser({ platformRole: "admin" });
    const entry = await db.auditLog.create({
      data: { actorId: actor.id, action: "test.action", targetType: "user", targetId: actor.id, after: { ok: true } },
    });
    expect(await sqlError("UPDATE audit_log SET action = 'tampered' WHERE id = $1", [entry.id])).toBe("42501");
    expect(await sqlError("DELETE FROM audit_log WHERE id = $1", [entry.id])).toBe("42501");
    expect(await sqlError("TRUNCATE audit_log")).toBe("42501");
    const after = await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } });
    expect(after.action).toBe("test.action");
  });
});

describe("nothing cascades", () => {
  it("has no foreign key that deletes on cascade or sets null", async () => {
    const { rows } = await client.query<{ name: string; table: string; rule: string }>(
      `SELECT conname AS name, conrelid::regclass::text AS table, confdeltype AS rule
       FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.filter((r) => r.rule === "c" || r.rule === "n" || r.rule === "d")).toEqual([]);
  });

  it("refuses to delete a person, question or organisation that published content refers to", async () => {
    const author = await createUser();
    const partner = await createUser();
    const organisation = await createOrganisation();
    const question = await createQuestion(author.id);
    await db.vote.create({ data: { userId: partner.id, questionId: question.id } });
    await db.response.create({
      data: {
        questionId: question.id,
        organisationId: organisation.id,
        authorId: partner.id,
        body: "We will look at this.",
      },
    });
    await db.comment.create({
      data: { questionId: question.id, authorId: author.id, body: "Thanks!", moderation: "approved" },
    });

    // PostgreSQL 18 reports an ON DELETE RESTRICT refusal as restrict_violation; earlier versions as
    // foreign_key_violation.
    const { rows } = await client.query<{ version: number }>(
      "SELECT current_setting('server_version_num')::int AS version",
    );
    const refused = rows[0]!.version >= 180000 ? "23001" : "23503";
    expect(await sqlError(`DELETE FROM "user" WHERE id = $1`, [author.id])).toBe(refused);
    expect(await sqlError(`DELETE FROM "user" WHERE id = $1`, [partner.id])).toBe(refused);
    expect(await sqlError(`DELETE FROM question WHERE id = $1`, [question.id])).toBe(refused);
    expect(await sqlError(`DELETE FROM organisation WHERE id = $1`, [organisation.id])).toBe(refused);

    expect(await db.question.count({ where: { id: question.id } })).toBe(1);
    expect(await db.response.count({ where: { questionId: question.id } })).toBe(1);
    expect(await db.comment.count({ where: { questionId: question.id } })).toBe(1);
    expect(await db.vote.count({ where: { questionId: question.id } })).toBe(1);
  });
});

describe("checks", () => {
  it("refuses negative stored counts, over-long text and a merge with no target", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id);
    expect(await sqlError("UPDATE question SET support_count = -1 WHERE id = $1", [question.id])).toBe("23514");
    expect(await sqlError("UPDATE question SET comment_count = -1 WHERE id = $1", [question.id])).toBe("23514");
    expect(await sqlError("UPDATE question SET body = repeat('x', 5001) WHERE id = $1", [question.id])).toBe("23514");
    expect(await sqlError("UPDATE question SET title = '   ' WHERE id = $1", [question.id])).toBe("23514");
    expect(await sqlError("UPDATE question SET status = 'merged' WHERE id = $1", [question.id])).toBe("23514");
    expect(await sqlError("UPDATE question SET moderation = 'rejected' WHERE id = $1", [question.id])).toBe("23514");
    expect(await sqlError(`UPDATE "user" SET email = 'Upper@Example.com' WHERE id = $1`, [author.id])).toBe("23514");
  });

  it("requires a public note to decline, merge or deliver", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id);
    const insert =
      "INSERT INTO status_change (id, question_id, actor_id, from_status, to_status, note) VALUES (gen_random_uuid(), $1, $2, 'open', $3, $4)";
    for (const to of ["declined", "merged", "delivered"]) {
      expect(await sqlError(insert, [question.id, author.id, to, null])).toBe("23514");
      expect(await sqlError(insert, [question.id, author.id, to, "  "])).toBe("23514");
    }
    expect(await sqlError(insert, [question.id, author.id, "declined", "Outside what we can change."])).toBeUndefined();
  });

  it("keeps replies one level deep and on their parent's question", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id);
    const other = await createQuestion(author.id);
    const top = await db.comment.create({
      data: { questionId: question.id, authorId: author.id, body: "Top", moderation: "approved" },
    });
    const reply = await db.comment.create({
      data: { questionId: question.id, authorId: author.id, parentId: top.id, body: "Reply", moderation: "approved" },
    });
    const insert =
      "INSERT INTO comment (id, question_id, author_id, parent_id, body, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, 'x', now())";
    expect(await sqlError(insert, [question.id, author.id, reply.id])).toBe("23514");
    expect(await sqlError(insert, [other.id, author.id, top.id])).toBe("23514");
    // From the parent's side too: a comment with replies cannot become a reply, nor move away from them.
    const another = await db.comment.create({
      data: { questionId: question.id, authorId: author.id, body: "Another", moderation: "approved" },
    });
    expect(await sqlError("UPDATE comment SET parent_id = $1 WHERE id = $2", [another.id, top.id])).toBe("23514");
    expect(await sqlError("UPDATE comment SET question_id = $1 WHERE id = $2", [other.id, top.id])).toBe("23514");
  });

  it("makes a flag name exactly one thing, once per reporter", async () => {
    const author = await createUser();
    const reporter = await createUser();
    const question = await createQuestion(author.id);
    const comment = await db.comment.create({
      data: { questionId: question.id, authorId: author.id, body: "Hi", moderation: "approved" },
    });
    const insert =
      "INSERT INTO flag (id, reporter_id, question_id, comment_id, category) VALUES (gen_random_uuid(), $1, $2, $3, 'spam')";
    expect(await sqlError(insert, [reporter.id, question.id, comment.id])).toBe("23514");
    expect(await sqlError(insert, [reporter.id, null, null])).toBe("23514");
    expect(await sqlError(insert, [reporter.id, question.id, null])).toBeUndefined();
    expect(await sqlError(insert, [reporter.id, question.id, null])).toBe("23505");
  });
});

describe("search", () => {
  it("fills the search column from title and details, unaccented and stemmed, and indexes it", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id, {
      title: "Flood sensors on the Blackwater",
      body: "Could estuary gauges warn residents earlier?",
    });
    const { rows } = await client.query<{ hit: boolean }>(
      "SELECT search @@ websearch_to_tsquery('mse_english', mse_fold('ESTUARY warnïng')) AS hit FROM question WHERE id = $1",
      [question.id],
    );
    expect(rows[0]!.hit).toBe(true);
    const indexes = await client.query<{ indexname: string; indexdef: string }>(
      "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'question'",
    );
    const byName = new Map(indexes.rows.map((r) => [r.indexname, r.indexdef]));
    expect(byName.get("question_search_idx")).toContain("USING gin (search)");
  });
});
