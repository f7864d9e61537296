import type { Metadata } from "next";
import { PageNotFound } from "@/components/layout/page-not-found";
import { HandOverPage } from "@/components/partner/hand-over-page";
import { AssignmentTransferForm } from "@/components/partner/assignment-transfer-form";
import { IN_THE_POOL, transferAccess } from "@/lib/assignments/policy";
import { listTransferDestinations } from "@/lib/assignments/queries";
import { formatDate } from "@/lib/format";
import { transferQuestionAction } from "../assignment/actions";
import { handOverMetadata, loadHandOver } from "../assignment/load";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return handOverMetadata((await params).id, "Transfer a question to another organisation");
}

/** One thing on the page: which organisation should have the question, and a note for them. */
export default async function TransferQuestionPage({ params }: Props) {
  const { id } = await params;
  const loaded = await loadHandOver(id, "transfer", transferAccess);
  if (!loaded) return <PageNotFound />;
  const { question, unavailable } = loaded;
  const assignment = question.assignment;
  const destinations = assignment && !unavailable ? await listTransferDestinations(assignment.organisationId) : [];
  return (
    <HandOverPage
      question={question}
      heading="Transfer it to another organisation"
      unavailable={unavailable ?? (assignment ? null : IN_THE_POOL)}
    >
      {assignment ? (
        <>
          <p className="mb-6">
            The organisation you choose will hold the question, with nobody claiming it until one of its members does.
            It stays due on {formatDate(assignment.dueOn)}.
          </p>
          <AssignmentTransferForm
            action={transferQuestionAction}
            questionId={question.id}
            organisations={destinations}
          />
        </>
      ) : null}
    </HandOverPage>
  );
}
