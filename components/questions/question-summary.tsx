import Link from "next/link";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/format";
import { StatusTag } from "./status-tag";
import { ThemeList } from "./theme-list";

export interface QuestionSummaryProps {
  id: string;
  title: string;
  status: QuestionStatus;
  supportCount: number;
  commentCount: number;
  themes: { slug: string; name: string }[];
  district: string | null;
  answeredBy: string[];
}

export function QuestionSummaryItem({
  question,
  headingLevel = 3,
}: {
  question: QuestionSummaryProps;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="border-b border-line py-5">
      <Heading className="mb-2 text-xl">
        <Link href={`/questions/${question.id}`}>{question.title}</Link>
      </Heading>
      <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-base">
        <StatusTag status={question.status} />
        <span>
          <strong>{plural(question.supportCount, "supporter")}</strong>
        </span>
        <span>{plural(question.commentCount, "comment")}</span>
      </div>
      <ThemeList themes={question.themes} district={question.district} />
      {question.answeredBy.length ? (
        <p className="mt-3 text-base">Answered by {question.answeredBy.join(", ")}</p>
      ) : null}
    </article>
  );
}
