import { StatusForm } from "@/components/partner/status-form";
import { StatusTag } from "@/components/questions/status-tag";
import type { Actor } from "@/lib/auth/actor";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { isAdmin } from "@/lib/auth/policy";
import { workspaceAccess } from "@/lib/questions/policy";
import { STATUS_DESCRIPTIONS, statusLabel } from "@/lib/questions/status";
import { STATUS_NOTE_LIMIT } from "@/lib/triage/status-limits";
import { statusOptions } from "@/lib/triage/status-options";
import type { TriageQuestion } from "@/lib/triage/queries";
import { changeQuestionStatusAction } from "./actions";

const CLOSED_STATUSES: readonly QuestionStatus[] = ["declined", "delivered", "merged"];

function listInWords(words: string[]): string {
  return words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

/**
 * The triage page's status section: the legal next statuses for this person, and why some statuses are not
 * among them (they come from claiming, answering and merging).
 */
export function StatusSection({ question, actor }: { question: TriageQuestion; actor: Actor }) {
  const allowed = workspaceAccess(question.assignment, actor).allowed;
  const options = allowed ? statusOptions(question.status, { isAdmin: isAdmin(actor) }) : [];
  const closed = CLOSED_STATUSES.includes(question.status);
  const withNote = options.filter((o) => o.needsNote).map((o) => `“${statusLabel(o.status)}”`);
  const noteRule = withNote.length
    ? `A note is required for ${listInWords(withNote)}${closed ? ", saying why the question is reopened" : ""}.`
    : "A note is optional.";
  return (
    <section aria-labelledby="status-heading" className="mb-10">
      <h2 id="status-heading" className="mb-4 text-2xl">
        Status
      </h2>
      <p className="mb-2">
        Now: <StatusTag state={question.status} />{" "}
        <span className="text-base">{STATUS_DESCRIPTIONS[question.status]}</span>
      </p>
      <p className="mb-4 text-base">
        Some statuses are set by other actions, not here: “Under review” when your organisation claims the question,
        “Answered” when a partner publishes an official response, and “Merged” when the question is merged into another
        that asks the same thing. Handing a claimed question back to the pool is releasing it.
      </p>
      {allowed ? (
        <StatusForm
          action={changeQuestionStatusAction.bind(null, question.id)}
          options={options.map((o) => ({
            value: o.status,
            label: o.status === "open" ? "Open (reopen the question)" : statusLabel(o.status),
          }))}
          noteRule={noteRule}
          noteLimit={STATUS_NOTE_LIMIT}
          nothingToOffer={
            closed
              ? "Only a CSES administrator can reopen this question."
              : "There is no status you can change it to from here."
          }
        />
      ) : (
        <p>Only members of the organisation holding this question, and CSES administrators, can change its status.</p>
      )}
    </section>
  );
}
