import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import type { Metadata } from "next";
import { ukToday } from "@/lib/commitments/today";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { CommitmentDetails } from "@/components/commitments/commitment-details";
import {
  AddMilestoneForm,
  ChangeStateForm,
  CompleteMilestoneForm,
  EditCommitmentForm,
  PostUpdateForm,
  ProgressForm,
} from "@/components/commitments/commitment-forms";
import { CommitmentStateTag } from "@/components/commitments/commitment-state-tag";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { commitmentIsOpen, commitmentStateLabel, nextCommitmentStates } from "@/lib/commitments/policy";
import { getCommitment, mayManage } from "@/lib/commitments/queries";
import { formatDate } from "@/lib/format";
import {
  addMilestoneAction,
  changeStateAction,
  completeMilestoneAction,
  editCommitmentAction,
  postUpdateAction,
  setProgressAction,
} from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const commitment = await getCommitment((await params).id);
  return commitment ? { title: `Update commitment: ${commitment.title}` } : PAGE_NOT_FOUND_METADATA;
}

const STATE_CHOICES: Record<string, string> = {
  in_progress: "The work has started (in progress)",
  delivered: "It is delivered: give the evidence below",
  dropped: "It is dropped: say why below",
};

/**
 * A commitment as its organisation keeps it up to date: post an update, set the progress, add and complete
 * milestones, move it on, correct its details. Only its organisation's members and admins (commitmentAccess).
 */
export default async function PartnerCommitmentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { done } = await searchParams;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/partner/commitments/${id}`)}`);
  if (!can(actor, "commitment.manage")) forbidden();
  const commitment = await getCommitment(id);
  if (!commitment) return <PageNotFound />;
  if (!mayManage(actor, commitment)) forbidden();
  const open = commitmentIsOpen(commitment.state);

  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href="/partner/commitments">Back to the commitments</Link>
      </p>
      {done === "created" ? (
        <FocusedSuccessBanner message="The commitment is made and shown in public. Its answered questions are now planned, and the people who support or follow them have been told." />
      ) : null}
      {done === "milestone" ? <FocusedSuccessBanner message="The milestone is marked as completed today." /> : null}
      <span className="mb-2 block text-xl text-muted">Update commitment</span>
      <h1 className="mb-4 text-4xl">{commitment.title}</h1>
      <p className="mb-6 flex flex-wrap items-center gap-4">
        <CommitmentStateTag state={commitment.state} />
        <Link href={`/commitments/${commitment.id}`}>See it as the public does</Link>
      </p>

      {open ? (
        <>
          <section aria-labelledby="update-heading" className="mb-10">
            <h2 id="update-heading" className="mb-4 text-2xl">
              Post an update
            </h2>
            <PostUpdateForm action={postUpdateAction.bind(null, commitment.id)} />
          </section>

          <section aria-labelledby="state-heading" className="mb-10">
            <h2 id="state-heading" className="mb-4 text-2xl">
              Move it on
            </h2>
            <p className="mb-4">
              Now: {commitmentStateLabel(commitment.state)}. Its questions follow: in progress, then delivered; a
              dropped commitment declines its questions unless another commitment on them goes on.
            </p>
            <ChangeStateForm
              action={changeStateAction.bind(null, commitment.id)}
              options={nextCommitmentStates(commitment.state).map((s) => ({ value: s, label: STATE_CHOICES[s]! }))}
            />
          </section>

          <section aria-labelledby="progress-form-heading" className="mb-10">
            <h2 id="progress-form-heading" className="mb-4 text-2xl">
              Progress
            </h2>
            <ProgressForm action={setProgressAction.bind(null, commitment.id)} progress={commitment.progress} />
          </section>

          <section aria-labelledby="milestone-form-heading" className="mb-10">
            <h2 id="milestone-form-heading" className="mb-4 text-2xl">
              Milestones
            </h2>
            {commitment.milestones.length ? (
              <ul className="mb-6">
                {commitment.milestones.map((m) => (
                  <li key={m.id} className="mb-3 flex flex-wrap items-center gap-4">
                    <span>
                      <strong>{m.title}</strong>, planned for {formatDate(m.plannedDate)}.{" "}
                      {m.completedDate ? `Completed on ${formatDate(m.completedDate)}.` : null}
                    </span>
                    {m.completedDate ? null : (
                      <CompleteMilestoneForm
                        action={completeMilestoneAction.bind(null, commitment.id, m.id)}
                        title={m.title}
                      />
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
            <h3 className="mb-4 text-xl">Add a milestone</h3>
            <AddMilestoneForm action={addMilestoneAction.bind(null, commitment.id)} />
          </section>

          <section aria-labelledby="edit-heading" className="mb-10">
            <h2 id="edit-heading" className="mb-4 text-2xl">
              Change the details
            </h2>
            <EditCommitmentForm
              action={editCommitmentAction.bind(null, commitment.id)}
              saved={{
                title: commitment.title,
                description: commitment.description,
                targetDate: commitment.targetDate,
              }}
            />
          </section>
        </>
      ) : (
        <p className="mb-8 border-l-8 border-brand bg-wash p-4">
          This commitment is {commitmentStateLabel(commitment.state).toLowerCase()}, so it can no longer be changed.
        </p>
      )}

      <h2 className="mb-4 border-t border-line pt-6 text-3xl">As the public see it</h2>
      <CommitmentDetails commitment={commitment} today={ukToday()} />
    </div>
  );
}
