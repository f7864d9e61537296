"use client";

import { useActionState } from "react";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { DateInput } from "@/components/forms/date-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import {
  COMMITMENT_DESCRIPTION_LIMIT,
  COMMITMENT_TITLE_LIMIT,
  COMMITMENT_UPDATE_LIMIT,
  DROPPED_REASON_LIMIT,
  EVIDENCE_LIMIT,
  MILESTONE_TITLE_LIMIT,
} from "@/lib/commitments/schemas";

// The partner's commitment forms. Each keeps what was typed after a refusal (GOV.UK error summary, the message
// by the field) and, when it stays on the page, announces its success in a banner that takes focus.

/** The values to show: what was typed after a refusal, else the saved ones. */
function shown(state: FormState, saved: Record<string, string> = {}): Record<string, string> {
  return state.status === "error" ? state.values : saved;
}

function Banner({ state }: { state: FormState }) {
  return state.status === "success" && state.message ? <FocusedSuccessBanner message={state.message} /> : null;
}

/** Date parts of a saved date, for a DateInput's values. */
export function dateValues(name: string, date: Date | null): Record<string, string> {
  if (!date) return {};
  return {
    [`${name}Day`]: String(date.getUTCDate()),
    [`${name}Month`]: String(date.getUTCMonth() + 1),
    [`${name}Year`]: String(date.getUTCFullYear()),
  };
}

/** What a commitment says in public (title, description, target date), as made and as edited. */
function CommitmentFields({
  values,
  errors,
  hints,
}: {
  values: Record<string, string>;
  errors: FormState["errors"];
  hints: { title?: string; description?: string; target: string };
}) {
  return (
    <>
      <TextField
        name="title"
        label="Title"
        hint={hints.title}
        defaultValue={values.title ?? ""}
        error={errors.title}
        characterLimit={COMMITMENT_TITLE_LIMIT}
        width="full"
      />
      <TextAreaField
        name="description"
        label="Description"
        hint={hints.description}
        defaultValue={values.description ?? ""}
        error={errors.description}
        characterLimit={COMMITMENT_DESCRIPTION_LIMIT}
        rows={6}
      />
      <DateInput name="target" legend="Target date" hint={hints.target} values={values} error={errors.target} />
    </>
  );
}

const CREATE_FIELDS = ["questionIds", "title", "description", "target"] as const;

export function CreateCommitmentForm({
  action,
  organisationId,
  questions,
  preselected,
}: {
  action: FormAction;
  organisationId: number;
  questions: { value: string; label: string }[];
  preselected: string[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = shown(state);
  const chosen = state.status === "error" ? (values.questionIds ?? "").split(",").filter(Boolean) : preselected;
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={CREATE_FIELDS} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <CheckboxGroupField
        name="questionIds"
        legend="Which questions does it answer?"
        hint="Questions your organisation holds or has answered in public. Each answered one becomes “Planned”."
        options={questions}
        defaultValues={chosen}
        error={state.errors.questionIds}
      />
      <CommitmentFields
        values={values}
        errors={state.errors}
        hints={{
          title: "What you will do, in a few words. For example: Add 40 cycle stands at Chelmsford station.",
          description: "What you will do, where, and how people will know it is done. Everyone can read it.",
          target: "The date you aim to have it done by. For example, 31 3 2027",
        }}
      />
      <SubmitButton>Make the commitment</SubmitButton>
    </form>
  );
}

const EDIT_FIELDS = ["title", "description", "target"] as const;

export function EditCommitmentForm({
  action,
  saved,
}: {
  action: FormAction;
  saved: { title: string; description: string; targetDate: Date };
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = shown(state, {
    title: saved.title,
    description: saved.description,
    ...dateValues("target", saved.targetDate),
  });
  return (
    <form key={state.submission} action={formAction} noValidate>
      <Banner state={state} />
      <ErrorSummary errors={state.errors} fieldOrder={EDIT_FIELDS} />
      <CommitmentFields
        values={values}
        errors={state.errors}
        hints={{ target: "For example, 31 3 2027. Moving it is shown in public only as the new date." }}
      />
      <SubmitButton variant="secondary">Save changes</SubmitButton>
    </form>
  );
}

export function PostUpdateForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = shown(state);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <Banner state={state} />
      <ErrorSummary errors={state.errors} fieldOrder={["body"]} />
      <TextAreaField
        name="body"
        label="Update"
        hint="What has happened since the last update. Everyone can read it, and the people who support or follow its questions are told."
        defaultValue={values.body ?? ""}
        error={state.errors.body}
        characterLimit={COMMITMENT_UPDATE_LIMIT}
        rows={5}
      />
      <SubmitButton>Publish update</SubmitButton>
    </form>
  );
}

export function ProgressForm({ action, progress }: { action: FormAction; progress: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = shown(state, { progress: String(progress) });
  return (
    <form key={state.submission} action={formAction} noValidate>
      <Banner state={state} />
      <ErrorSummary errors={state.errors} fieldOrder={["progress"]} />
      <TextField
        name="progress"
        label="Progress, in per cent"
        hint="A whole number from 0 to 100."
        inputMode="numeric"
        defaultValue={values.progress ?? ""}
        error={state.errors.progress}
        width="short"
      />
      <SubmitButton variant="secondary">Save progress</SubmitButton>
    </form>
  );
}

export function AddMilestoneForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = shown(state);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <Banner state={state} />
      <ErrorSummary errors={state.errors} fieldOrder={["title", "planned"]} />
      <TextField
        name="title"
        label="Milestone"
        hint="A step on the way. For example: Contractor appointed."
        defaultValue={values.title ?? ""}
        error={state.errors.title}
        characterLimit={MILESTONE_TITLE_LIMIT}
        width="full"
      />
      <DateInput
        name="planned"
        legend="Planned date"
        hint="For example, 31 3 2027"
        values={values}
        error={state.errors.planned}
      />
      <SubmitButton variant="secondary">Add milestone</SubmitButton>
    </form>
  );
}

/** One button per milestone not yet done: completed today. */
export function CompleteMilestoneForm({ action, title }: { action: FormAction; title: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate className="inline">
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      <SubmitButton variant="secondary">
        Mark as completed today<span className="sr-only">: {title}</span>
      </SubmitButton>
    </form>
  );
}

const STATE_FIELDS = ["to", "evidence", "evidenceLinks", "reason"] as const;

export function ChangeStateForm({
  action,
  options,
}: {
  action: FormAction;
  options: { value: string; label: string }[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = shown(state);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <Banner state={state} />
      <ErrorSummary errors={state.errors} fieldOrder={STATE_FIELDS} />
      <RadiosField
        name="to"
        legend="What has happened?"
        options={options}
        defaultValue={values.to}
        error={state.errors.to}
      />
      <TextAreaField
        name="evidence"
        label="Evidence of delivery (if delivered)"
        hint="What was done, where and when. Everyone can read it."
        defaultValue={values.evidence ?? ""}
        error={state.errors.evidence}
        characterLimit={EVIDENCE_LIMIT}
        rows={4}
      />
      <TextAreaField
        name="evidenceLinks"
        label="Links to the evidence (if delivered)"
        hint="Full web addresses starting with https://, one on each line, up to 10: a report, a page, photos."
        defaultValue={values.evidenceLinks ?? ""}
        error={state.errors.evidenceLinks}
        rows={3}
      />
      <TextAreaField
        name="reason"
        label="Why it is dropped (if dropped)"
        hint="Shown in public on the commitment and on its questions' timelines."
        defaultValue={values.reason ?? ""}
        error={state.errors.reason}
        characterLimit={DROPPED_REASON_LIMIT}
        rows={4}
      />
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
