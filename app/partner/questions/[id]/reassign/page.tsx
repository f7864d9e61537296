import Link from "next/link";
import { AssignmentReassignForm } from "@/components/partner/assignment-reassign-form";
import { reassignAccess } from "@/lib/assignments/policy";
import { listOrganisationMembers } from "@/lib/assignments/queries";
import { reassignQuestionAction } from "../assignment/actions";
import { loadHandOver } from "../assignment/load";

export const metadata = { title: "Reassign a question" };

type Props = { params: Promise<{ id: string }> };

/** One thing on the page, for leads: which member of their organisation has the question. */
export default async function ReassignQuestionPage({ params }: Props) {
  const { id } = await params;
  const { question, unavailable } = await loadHandOver(id, "reassign", reassignAccess);
  const assignment = question.assignment;
  const members = assignment && !unavailable ? await listOrganisationMembers(assignment.organisationId) : [];
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={`/partner/questions/${question.id}`}>Back to the question</Link>
      </p>
      <span className="mb-2 block text-xl break-words text-muted">{question.title}</span>
      <h1 className="mb-6 text-4xl">Reassign it to another member</h1>
      {unavailable || !assignment ? (
        <p>{unavailable}</p>
      ) : members.length === 0 ? (
        <p>{assignment.organisation} has no current members to give it to.</p>
      ) : (
        <AssignmentReassignForm
          action={reassignQuestionAction}
          questionId={question.id}
          organisation={assignment.organisation}
          members={members}
          currentMemberId={assignment.claimedBy?.id ?? null}
        />
      )}
    </div>
  );
}
