import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { FORMER_PARTICIPANT } from "@/lib/accounts/display-name";
import type { QuestionStatus, UserStatus } from "@/lib/generated/prisma/enums";

export interface QuestionSummary {
  id: string;
  title: string;
  status: QuestionStatus;
  supportCount: number;
  commentCount: number;
  createdAt: Date;
  themes: { slug: string; name: string }[];
  district: string | null;
  answeredBy: string[];
}

const summarySelect = {
  id: true,
  title: true,
  status: true,
  supportCount: true,
  commentCount: true,
  createdAt: true,
  district: { select: { name: true } },
  themes: { select: { theme: { select: { slug: true, name: true, position: true } } } },
  responses: { select: { organisation: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
} as const;

type SummaryRow = {
  id: string;
  title: string;
  status: QuestionStatus;
  supportCount: number;
  commentCount: number;
  createdAt: Date;
  district: { name: string } | null;
  themes: { theme: { slug: string; name: string; position: number } }[];
  responses: { organisation: { name: string } }[];
};

function toSummary(row: SummaryRow): QuestionSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    supportCount: row.supportCount,
    commentCount: row.commentCount,
    createdAt: row.createdAt,
    district: row.district?.name ?? null,
    themes: row.themes.map((t) => t.theme).sort((a, b) => a.position - b.position).map(({ slug, name }) => ({ slug, name })),
    answeredBy: [...new Set(row.responses.map((r) => r.organisation.name))],
  };
}

/** The published questions with most support (index: moderation, support_count desc, id desc). */
export async function listMostSupportedQuestions(limit = 10): Promise<QuestionSummary[]> {
  const rows = await db.question.findMany({
    where: { moderation: "approved" },
    orderBy: [{ supportCount: "desc" }, { id: "desc" }],
    take: limit,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

function publicName(user: { displayName: string; status: UserStatus }): string {
  return user.status === "deleted" ? FORMER_PARTICIPANT : user.displayName;
}

export interface QuestionComment {
  id: string;
  author: string;
  body: string;
  createdAt: Date;
  replies: { id: string; author: string; body: string; createdAt: Date }[];
}

export interface QuestionDetail extends QuestionSummary {
  body: string;
  author: string;
  publishedAt: Date | null;
  mergedInto: { id: string; title: string } | null;
  timeline: { id: string; from: QuestionStatus | null; to: QuestionStatus; note: string | null; by: string; at: Date }[];
  responses: { id: string; organisation: string; author: string; body: string; createdAt: Date; lastEditedAt: Date | null }[];
  comments: QuestionComment[];
  commentsShown: number;
}

export const COMMENTS_PER_PAGE = 100;

const personSelect = { select: { displayName: true, status: true } } as const;

/** A published question as a visitor may see it, or null when it does not exist or is not published. */
export const getPublishedQuestion = cache(async (id: string): Promise<QuestionDetail | null> => {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.question.findFirst({
    where: { id, moderation: "approved" },
    select: {
      ...summarySelect,
      body: true,
      publishedAt: true,
      author: personSelect,
      mergedInto: { select: { id: true, title: true, moderation: true } },
      statusChanges: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true, actor: personSelect } },
      responses: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          createdAt: true,
          organisation: { select: { name: true } },
          author: personSelect,
          revisions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
        },
      },
      comments: {
        where: { moderation: "approved", parentId: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: COMMENTS_PER_PAGE,
        select: {
          id: true,
          body: true,
          createdAt: true,
          author: personSelect,
          replies: {
            where: { moderation: "approved" },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, body: true, createdAt: true, author: personSelect },
          },
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...toSummary(row),
    body: row.body,
    author: publicName(row.author),
    publishedAt: row.publishedAt,
    mergedInto: row.mergedInto?.moderation === "approved" ? { id: row.mergedInto.id, title: row.mergedInto.title } : null,
    timeline: row.statusChanges.map((c) => ({ id: c.id, from: c.fromStatus, to: c.toStatus, note: c.note, by: publicName(c.actor), at: c.createdAt })),
    responses: row.responses.map((r) => ({
      id: r.id,
      organisation: r.organisation.name,
      author: publicName(r.author),
      body: r.body,
      createdAt: r.createdAt,
      lastEditedAt: r.revisions[0]?.createdAt ?? null,
    })),
    comments: row.comments.map((c) => ({
      id: c.id,
      author: publicName(c.author),
      body: c.body,
      createdAt: c.createdAt,
      replies: c.replies.map((r) => ({ id: r.id, author: publicName(r.author), body: r.body, createdAt: r.createdAt })),
    })),
    commentsShown: row.comments.length,
  };
});
