import type { Metadata } from "next";
import { PageNotFound } from "@/components/layout/page-not-found";
import { HandOverPage } from "@/components/partner/hand-over-page";
import { AssignmentReassignForm } from "@/components/partner/assignment-reassign-form";
import { IN_THE_POOL, reassignAccess } from "@/lib/assignments/policy";
import { listOrganisationMembers } from "@/lib/assignments/queries";
import { reassignQuestionAction } from "../assignment/actions";
import { handOverMetadata, loadHandOver } from "../assignment/load";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return handOverMetadata((await params).id, "Reassign a question");
}

/** One thing on the page, for leads: which member of their organisation has the question. */
export default async function ReassignQuestionPage({ params }: Props) {
  const { id } = await params;
  const loaded = await loadHandOver(id, "reassign", reassignAccess);
  if (!loaded) return <PageNotFound />;
  const { question, unavailable } = loaded;
  const assignment = question.assignment;
  const members = assignment && !unavailable ? await listOrganisationMembers(assignment.organisationId) : [];
  return (
    <HandOverPage
      question={question}
      heading="Reassign it to another member"
      unavailable={unavailable ?? (assignment ? null : IN_THE_POOL)}
    >
      {!assignment ? null : members.length === 0 ? (
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
    </HandOverPage>
  );
}
