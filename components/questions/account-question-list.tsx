import Link from "next/link";
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { formatDate, plural } from "@/lib/format";
import { shownState } from "@/lib/questions/status";
import { StatusTag } from "./status-tag";

export interface AccountQuestionItem {
  id: string;
  title: string;
  moderation: ModerationState;
  status: QuestionStatus;
  supportCount: number;
  at: Date;
}

/** A person's own or supported questions: title, the one shown state, support, and when (asked or supported). */
export function AccountQuestionList({
  questions,
  when,
  label,
}: {
  questions: AccountQuestionItem[];
  when: "Asked" | "Supported" | "Followed";
  label: string;
}) {
  return (
    <ul aria-label={label} className="border-t border-line">
      {questions.map((question) => (
        <li key={question.id} className="border-b border-line py-4">
          <p className="mb-2 text-xl font-bold break-words">
            <Link href={`/questions/${question.id}`}>{question.title}</Link>
          </p>
          <p className="flex flex-wrap items-center gap-x-4 gap-y-2 text-base">
            <StatusTag state={shownState(question)} />
            <span>{plural(question.supportCount, "supporter")}</span>
            <span className="text-muted">
              {when} on <time dateTime={question.at.toISOString()}>{formatDate(question.at)}</time>
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
