import "server-only";
import { db } from "@/lib/db";
import { browseQuestions } from "@/lib/questions/browse/queries";
import { decodeCursor } from "@/lib/questions/browse/sql";
import { isPublished } from "@/lib/questions/policy";
import { summarySelect, toSummary } from "@/lib/questions/summary";
import { PUBLISHED } from "@/lib/questions/visibility";
import { BadParameters } from "./http";
import { questionPage } from "./paths";
import type { QuestionDetailOut, QuestionListOut, QuestionListQuery, QuestionSummaryOut } from "./schemas";

type QuestionRef = { id: string; title: string; moderation: string } | null;

/** A question another points to (merged into, merged from), when it is published; null otherwise. */
function publishedRef(origin: string, question: QuestionRef) {
  return question && isPublished(question as { moderation: "approved" })
    ? { id: question.id, title: question.title, url: questionPage(origin, question.id) }
    : null;
}

/**
 * A page of published questions with the filters, sort and search of /questions (the same query:
 * lib/questions/browse), keyset-paged. A merged question on the page points to the question it was merged into
 * (one more query for the page's merged questions, none when there are none).
 */
export async function listQuestions(
  query: QuestionListQuery,
  origin: string,
  pageLink: (cursor: string | undefined) => string,
): Promise<QuestionListOut> {
  const sort = query.sort ?? (query.q ? "relevance" : "supported");
  if (query.cursor && !decodeCursor(query.cursor, sort))
    throw new BadParameters([{ parameter: "cursor", message: "cursor is not one this list gave for this sort" }]);
  const page = await browseQuestions(
    {
      q: query.q,
      sort: query.sort,
      theme: query.theme,
      district: query.district,
      status: query.status,
      after: query.cursor,
    },
    query.limit,
  );
  const mergedIds = page.items.filter((q) => q.status === "merged").map((q) => q.id);
  const targets = mergedIds.length
    ? await db.question.findMany({
        where: { id: { in: mergedIds } },
        select: { id: true, mergedInto: { select: { id: true, title: true, moderation: true } } },
      })
    : [];
  const targetOf = new Map(targets.map((t) => [t.id, publishedRef(origin, t.mergedInto)]));
  return {
    data: page.items.map((q): QuestionSummaryOut => ({
      id: q.id,
      title: q.title,
      status: q.status,
      supportCount: q.supportCount,
      commentCount: q.commentCount,
      createdAt: q.createdAt.toISOString(),
      themes: q.themes,
      district: q.district,
      answeredBy: q.answeredBy,
      mergedInto: targetOf.get(q.id) ?? null,
      url: questionPage(origin, q.id),
    })),
    total: page.total,
    totalIsAtLeast: page.moreThanTotal,
    links: { self: pageLink(query.cursor), next: page.next ? pageLink(page.next) : null },
  };
}

/**
 * One published question with its public timeline, official answers and commitments: one statement, reading
 * nothing about people (no author, no actor, no name), so nothing personal can reach the answer.
 */
export async function getQuestion(id: string, origin: string): Promise<QuestionDetailOut | null> {
  const row = await db.question.findFirst({
    where: { AND: [{ id }, PUBLISHED] },
    select: {
      ...summarySelect,
      body: true,
      publishedAt: true,
      event: { select: { id: true, title: true } },
      mergedInto: { select: { id: true, title: true, moderation: true } },
      statusChanges: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          fromStatus: true,
          toStatus: true,
          note: true,
          createdAt: true,
          mergedFrom: { select: { id: true, title: true, moderation: true } },
        },
      },
      responses: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          body: true,
          createdAt: true,
          editedAt: true,
          organisation: { select: { slug: true, name: true } },
        },
      },
      commitments: {
        orderBy: [{ commitment: { targetDate: "asc" } }, { commitmentId: "asc" }],
        select: {
          commitment: {
            select: {
              id: true,
              title: true,
              state: true,
              targetDate: true,
              progress: true,
              organisation: { select: { slug: true, name: true } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const summary = toSummary(row);
  return {
    id: summary.id,
    title: summary.title,
    status: summary.status,
    supportCount: summary.supportCount,
    commentCount: summary.commentCount,
    createdAt: summary.createdAt.toISOString(),
    themes: summary.themes,
    district: summary.district,
    answeredBy: summary.answeredBy,
    mergedInto: publishedRef(origin, row.mergedInto),
    url: questionPage(origin, row.id),
    body: row.body,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    event: row.event,
    timeline: row.statusChanges.map((c) => ({
      from: c.fromStatus,
      to: c.toStatus,
      note: c.note,
      at: c.createdAt.toISOString(),
      mergedFrom: publishedRef(origin, c.mergedFrom),
    })),
    responses: row.responses.map((r) => ({
      id: r.id,
      organisation: r.organisation,
      body: r.body,
      createdAt: r.createdAt.toISOString(),
      editedAt: r.editedAt?.toISOString() ?? null,
    })),
    commitments: row.commitments.map(({ commitment: c }) => ({
      id: c.id,
      title: c.title,
      organisation: c.organisation,
      state: c.state,
      targetDate: c.targetDate.toISOString().slice(0, 10),
      progress: c.progress,
    })),
  };
}
