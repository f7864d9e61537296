"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { followThroughSummary } from "@/lib/commitments/messages";
import { commitmentStateLabel } from "@/lib/commitments/policy";
import {
  addMilestoneFormSchema,
  changeStateFormSchema,
  completeMilestoneFormSchema,
  createCommitmentFormSchema,
  editCommitmentFormSchema,
  postUpdateSchema,
  setProgressSchema,
} from "@/lib/commitments/schemas";
import {
  addMilestone,
  changeCommitmentState,
  completeMilestone,
  createCommitment,
  editCommitment,
  postCommitmentUpdate,
  setCommitmentProgress,
} from "@/lib/commitments/service";

const GONE = { commitmentId: "That commitment does not exist." };

function refresh(commitmentId: string): void {
  revalidatePath(`/partner/commitments/${commitmentId}`);
  revalidatePath(`/commitments/${commitmentId}`);
}

export const createCommitmentAction = defineFormAction({
  schema: createCommitmentFormSchema,
  errorField: "questionIds",
  async run(actor, input) {
    const { commitmentId } = await createCommitment(actor, input);
    return { redirectTo: `/partner/commitments/${commitmentId}?done=created` };
  },
});

/** The forms below are bound to the commitment on its partner page. */
export const editCommitmentAction = defineFormAction({
  schema: editCommitmentFormSchema,
  args: ["commitmentId"],
  hiddenFields: GONE,
  async run(actor, input) {
    await editCommitment(actor, input);
    refresh(input.commitmentId);
    return { message: "Your changes to the commitment are saved and shown in public." };
  },
});

export const addMilestoneAction = defineFormAction({
  schema: addMilestoneFormSchema,
  args: ["commitmentId"],
  hiddenFields: GONE,
  async run(actor, input) {
    await addMilestone(actor, input);
    refresh(input.commitmentId);
    return { message: `The milestone “${input.title}” is added.` };
  },
});

export const completeMilestoneAction = defineFormAction({
  schema: completeMilestoneFormSchema,
  args: ["commitmentId", "milestoneId"],
  hiddenFields: { ...GONE, milestoneId: "That milestone is not part of this commitment." },
  async run(actor, input) {
    await completeMilestone(actor, input);
    refresh(input.commitmentId);
    // Its button goes once the milestone is done, so the page itself says so (a banner that takes focus).
    return { redirectTo: `/partner/commitments/${input.commitmentId}?done=milestone` };
  },
});

export const setProgressAction = defineFormAction({
  schema: setProgressSchema,
  args: ["commitmentId"],
  hiddenFields: GONE,
  async run(actor, input) {
    await setCommitmentProgress(actor, input);
    refresh(input.commitmentId);
    return { message: `The progress is now ${input.progress}%.` };
  },
});

export const postUpdateAction = defineFormAction({
  schema: postUpdateSchema,
  args: ["commitmentId"],
  hiddenFields: GONE,
  async run(actor, input) {
    await postCommitmentUpdate(actor, input);
    refresh(input.commitmentId);
    return {
      message: "Your update is published. The people who support or follow its questions have been told.",
    };
  },
});

export const changeStateAction = defineFormAction({
  schema: changeStateFormSchema,
  args: ["commitmentId"],
  hiddenFields: GONE,
  errorField: "to",
  async run(actor, input) {
    const result = await changeCommitmentState(actor, input);
    refresh(input.commitmentId);
    const follow = followThroughSummary(result);
    return {
      message: `The commitment is now ${commitmentStateLabel(result.state).toLowerCase()}. ${follow ? `${follow} ` : ""}The people who support or follow its questions have been told.`,
    };
  },
});
