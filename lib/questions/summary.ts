import type { QuestionStatus } from "@/lib/generated/prisma/enums";

export interface QuestionSummary {
  id: string;
  title: string;
  status: QuestionStatus;
  supportCount: number;
  commentCount: number;
  createdAt: Date;
  themes: { slug: string; name: string }[];
  district: { slug: string; name: string } | null;
  answeredBy: string[];
}

export const summarySelect = {
  id: true,
  title: true,
  status: true,
  supportCount: true,
  commentCount: true,
  createdAt: true,
  district: { select: { slug: true, name: true } },
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
  district: { slug: string; name: string } | null;
  themes: { theme: { slug: string; name: string; position: number } }[];
  responses: { organisation: { name: string } }[];
};

export function toSummary(row: SummaryRow): QuestionSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    supportCount: row.supportCount,
    commentCount: row.commentCount,
    createdAt: row.createdAt,
    district: row.district ? { slug: row.district.slug, name: row.district.name } : null,
    themes: row.themes
      .map((t) => t.theme)
      .sort((a, b) => a.position - b.position)
      .map(({ slug, name }) => ({ slug, name })),
    answeredBy: [...new Set(row.responses.map((r) => r.organisation.name))],
  };
}
