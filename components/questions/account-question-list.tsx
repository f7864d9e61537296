import Link from "next/link";
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { formatDate, plural } from "@/lib/format";
import { shownState } from "@/lib/questions/status";
import { DecisionForAuthorNote } from "@/components/moderation/decision-for-author";
import type { DecisionForAuthor } from "@/lib/moderation/appeals/decision";
import { StatusTag } from "./status-tag";

export interface AccountQuestionItem {
  id: string;
  title: string;
  moderation: ModerationState;
  status: QuestionStatus;
  supportCount: number;
  at: Date;
  /** Only in the person's own list: why it waits, or the decision on it. */
  decision?: DecisionForAuthor | null;
  duplicateOf?: { id: string; title: string } | null;
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
          {question.decision ? (
            <DecisionForAuthorNote
              decision={question.decision}
              post={{ kind: "question", questionId: question.id, commentId: null }}
              duplicateOf={question.duplicateOf}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * A preview of one of the account page's lists: the first few, a link to the whole list when there are more,
 * and what to do when it is empty.
 */
export function AccountQuestionPreview({
  page,
  when,
  label,
  all,
  empty,
}: {
  page: { items: AccountQuestionItem[]; next: string | null };
  when: "Asked" | "Supported" | "Followed";
  label: string;
  all: { href: string; text: string };
  empty: React.ReactNode;
}) {
  if (!page.items.length) return <p>{empty}</p>;
  return (
    <>
      <AccountQuestionList questions={page.items} when={when} label={label} />
      {page.next ? (
        <p className="mt-4">
          <Link href={all.href}>{all.text}</Link>
        </p>
      ) : null}
    </>
  );
}
