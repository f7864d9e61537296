// The moderation queue: questions, comments and public names waiting, oldest first in one keyset-paged list,
// filtered by kind and by why they wait, with a count on each filter, and each item's reasons in full.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countWaitingItems, listModerationQueue } from "@/lib/moderation/queue-queries";
import { queueFilterSchema, type QueueFilter } from "@/lib/moderation/schemas";
import { createQuestion, createUser, personWithRole } from "../support/fixtures";
import {
  appealedQuestion,
  heldComment,
  heldQuestion,
  hiddenByReports,
  report,
  requestedName,
} from "../support/moderation-items";

const base = Date.parse("2026-03-02T09:00:00.000Z");
const at = (minutes: number) => new Date(base + minutes * 60_000);
const filter = (input: Partial<Record<keyof QueueFilter, string>> = {}) => queueFilterSchema.parse(input);

const ids: Record<string, string> = {};

beforeAll(async () => {
  const author = await createUser({ displayName: "Pat Author" });
  const moderator = await personWithRole("moderator");
  const original = await createQuestion((await createUser()).id, {
    title: "Could the Chelmsford park and ride run on Sundays?",
  });
  ids.original = original.id;
  ids.heldQuestion = (
    await heldQuestion(author.id, {
      queuedAt: at(0),
      title: "Could the Chelmsford park and ride run on Sundays too?",
      rules: ["personal_information", "first_posts"],
    })
  ).id;
  const published = await createQuestion(author.id, { title: "Why are Colchester bins collected at 6am?" });
  ids.heldComment = (await heldComment(author.id, published.id, { queuedAt: at(1) })).id;
  ids.name = (
    await requestedName((await createUser({ displayName: "Resident 4821" })).id, "Sam from Harlow", at(2))
  ).id;
  const reported = await createQuestion(author.id, { title: "Reported but still published" });
  await report(
    { questionId: reported.id },
    [
      { category: "spam", details: "Advert for a taxi firm" },
      { category: "offensive", details: "Rude about Basildon" },
      { category: "spam" },
    ],
    at(3),
  );
  ids.reported = reported.id;
  ids.hidden = (await hiddenByReports(author.id, at(4))).id;
  ids.appealed = (await appealedQuestion(author.id, moderator.id, { queuedAt: at(5) })).id;
  // Three at the same moment: the kind, then the id, breaks the tie.
  ids.tieQuestion = (await heldQuestion(author.id, { queuedAt: at(6), title: "A tie, question" })).id;
  ids.tieComment = (await heldComment(author.id, published.id, { queuedAt: at(6) })).id;
  ids.tieName = (await requestedName((await createUser()).id, "Tied Name", at(6))).id;
  // Not waiting: a pending question with nothing queued is not in the queue (held before this issue).
  await createQuestion(author.id, { moderation: "pending", title: "Never queued" });
});

const order = async (f: QueueFilter) => (await listModerationQueue(f)).items.map((i) => `${i.ref.kind}:${i.ref.id}`);

describe("the moderation queue", () => {
  it("lists everything waiting, oldest first, with ties in (kind, id) order", async () => {
    expect(await order(filter())).toEqual([
      `question:${ids.heldQuestion}`,
      `comment:${ids.heldComment}`,
      `name:${ids.name}`,
      `question:${ids.reported}`,
      `question:${ids.hidden}`,
      `question:${ids.appealed}`,
      `comment:${ids.tieComment}`,
      `name:${ids.tieName}`,
      `question:${ids.tieQuestion}`,
    ]);
  });

  it("filters by kind and by why items wait, and counts each filter with the other kept", async () => {
    expect(await order(filter({ kind: "comments" }))).toEqual([
      `comment:${ids.heldComment}`,
      `comment:${ids.tieComment}`,
    ]);
    expect(await order(filter({ kind: "names" }))).toEqual([`name:${ids.name}`, `name:${ids.tieName}`]);
    expect(await order(filter({ reason: "reported" }))).toEqual([`question:${ids.reported}`, `question:${ids.hidden}`]);
    expect(await order(filter({ reason: "appealed" }))).toEqual([`question:${ids.appealed}`]);
    expect(await order(filter({ kind: "questions", reason: "held" }))).toEqual([
      `question:${ids.heldQuestion}`,
      `question:${ids.tieQuestion}`,
    ]);
    expect(await order(filter({ kind: "names", reason: "reported" }))).toEqual([]);

    const { counts } = await listModerationQueue(filter());
    expect(counts).toEqual({
      kinds: { all: 9, questions: 5, comments: 2, names: 2 },
      reasons: { all: 9, held: 6, reported: 2, appealed: 1 },
    });
    const questionsHeld = await listModerationQueue(filter({ kind: "questions", reason: "held" }));
    expect(questionsHeld.counts).toEqual({
      kinds: { all: 6, questions: 2, comments: 2, names: 2 },
      reasons: { all: 5, held: 2, reported: 2, appealed: 1 },
    });
  });

  it("shows every item once across keyset pages, ties at a page edge included", async () => {
    const everything = await order(filter());
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await listModerationQueue(filter({ after }), 2);
      seen.push(...result.items.map((i) => `${i.ref.kind}:${i.ref.id}`));
      if (!result.next) break;
      after = result.next;
    }
    expect(seen).toEqual(everything);
    // A cursor that is not one shows the first page.
    expect(await order(filter({ after: "not-a-cursor" }))).toEqual(everything);
  });

  it("tells the moderator why each item waits: rules fired, reports by category with their words, the appeal, a repeat", async () => {
    const { items } = await listModerationQueue(filter());
    const find = (id: string | undefined) => items.find((i) => i.ref.id === id)!;

    const held = find(ids.heldQuestion);
    expect(held.screeningRules).toEqual(["first_posts", "personal_information"]);
    expect(held.reasons).toEqual({ held: true, reported: false, appealed: false });
    expect(held.author?.displayName).toBe("Pat Author");
    expect(held.similar).toEqual({ id: ids.original, title: "Could the Chelmsford park and ride run on Sundays?" });

    expect(find(ids.reported).reports).toEqual([
      { category: "spam", count: 2, details: ["Advert for a taxi firm"] },
      { category: "offensive", count: 1, details: ["Rude about Basildon"] },
    ]);
    expect(find(ids.hidden)).toMatchObject({ moderation: "hidden", reasons: { held: false, reported: true } });

    const appealed = find(ids.appealed);
    expect(appealed.reasons.appealed).toBe(true);
    expect(appealed.appeal).toMatchObject({
      body: "It names nobody: it is about the bus company.",
      originalRule: { code: "personal_information" },
      originalWords: "It names a person.",
    });

    const comment = find(ids.heldComment);
    expect(comment).toMatchObject({ title: "Why are Colchester bins collected at 6am?", similar: null });
    expect(comment.excerpt).toBe("The 2 bus is always late at Rayleigh.");
    expect(find(ids.name)).toMatchObject({ requestedName: "Sam from Harlow", currentName: "Resident 4821" });
  });

  it("counts everything waiting for the header's badge, and forgets an item once it is no longer queued", async () => {
    expect(await countWaitingItems()).toBe(9);
    await db.question.update({ where: { id: ids.tieQuestion }, data: { queuedAt: null, moderation: "approved" } });
    expect(await countWaitingItems()).toBe(8);
    expect(await order(filter())).not.toContain(`question:${ids.tieQuestion}`);
  });
});
