import Link from "next/link";
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { shownState } from "@/lib/questions/status";
import { plural } from "@/lib/format";
import { StatusTag } from "./status-tag";
import { ThemeList } from "./theme-list";

export interface QuestionSummaryProps {
  id: string;
  title: string;
  status: QuestionStatus;
  /** Lists of published questions leave it out; a list of someone's own questions gives it. */
  moderation?: ModerationState;
  supportCount: number;
  commentCount: number;
  themes: { slug: string; name: string }[];
  district: { slug: string; name: string } | null;
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
        <Link prefetch={false} href={`/questions/${question.id}`}>
          {question.title}
        </Link>
      </Heading>
      <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-base">
        <StatusTag state={shownState({ moderation: question.moderation ?? "approved", status: question.status })} />
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
