"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

const FIELDS = ["nickname", "ageBand"];

/** Joining an event: an optional nickname and an age group. No email, no account, no password. */
export function JoinEventForm({
  action,
  ageBands,
  nicknameLimit,
}: {
  action: FormAction;
  ageBands: { value: string; label: string }[];
  nicknameLimit: number;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      <RadiosField
        name="ageBand"
        legend="How old are you?"
        hint="We ask so that we can protect younger people: questions from anyone under 18 are checked by the facilitators before they are shown."
        options={ageBands}
        defaultValue={state.values.ageBand}
        error={state.errors.ageBand}
      />
      <TextField
        name="nickname"
        label="Nickname (optional)"
        hint="Only you see it. Do not use your real name. If you are under 18, or leave this empty, we make one up for you, such as Curious Heron 42."
        autoComplete="off"
        spellCheck={false}
        width="medium"
        characterLimit={nicknameLimit}
        defaultValue={state.values.nickname}
        error={state.errors.nickname}
      />
      <SubmitButton>Join the event</SubmitButton>
    </form>
  );
}
