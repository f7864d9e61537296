"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { DateInput } from "@/components/forms/date-input";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** Finding a person by their exact email address, sent by POST so the address is never in a URL. */
export function FindPersonByEmailForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate className="mb-8">
      <ErrorSummary errors={state.errors} fieldOrder={["email"]} />
      <TextField
        name="email"
        type="email"
        autoComplete="off"
        label="Find a person by email address"
        hint="The whole address. We do not show it on their page."
        defaultValue={state.values.email}
        error={state.errors.email}
        width="full"
      />
      <SubmitButton>Find by email</SubmitButton>
    </form>
  );
}

/** Suspending a person: the reason (they see it on every page) and an optional end date. */
export function SuspendForm({ action, userId }: { action: FormAction; userId: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate className="mb-10">
      <ErrorSummary errors={state.errors} fieldOrder={["reason", "until"]} />
      <input type="hidden" name="userId" value={userId} />
      <TextAreaField
        name="reason"
        label="Reason for the suspension"
        hint="They see this on every page while they are suspended. Say which house rule they broke and how, in plain words."
        defaultValue={state.values.reason}
        error={state.errors.reason}
        characterLimit={500}
        rows={3}
      />
      <DateInput
        name="until"
        legend="When does the suspension end? (optional)"
        hint="It ends at the start of this day. Leave it empty to keep it until a moderator lifts it. For example, 27 3 2027."
        error={state.errors.until}
        values={state.values}
      />
      <SubmitButton variant="warning">Suspend account</SubmitButton>
    </form>
  );
}

/** One button that acts on the person (lifting a suspension, ending a cool-down), with its refusal if any. */
export function PersonButtonForm({ action, userId, label }: { action: FormAction; userId: string; label: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="mb-8">
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="secondary">{label}</SubmitButton>
    </form>
  );
}

/** A cool-down: every post they write waits for a moderator for 7 days, 30 days, or until a date. */
export function CoolDownForm({ action, userId }: { action: FormAction; userId: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate className="mb-10">
      <ErrorSummary errors={state.errors} fieldOrder={["period", "held"]} />
      <input type="hidden" name="userId" value={userId} />
      <RadiosField
        name="period"
        legend="Hold their posts for a moderator for"
        hint="They can still post, but nothing appears until a moderator approves it."
        options={[
          { value: "week", label: "7 days" },
          { value: "month", label: "30 days" },
          { value: "date", label: "Until a date" },
        ]}
        defaultValue={state.values.period}
        error={state.errors.period}
      />
      <DateInput
        name="held"
        legend="Date (only for “Until a date”)"
        hint="The hold ends at the start of this day. For example, 27 3 2027."
        error={state.errors.held}
        values={state.values}
      />
      <SubmitButton>Hold their posts</SubmitButton>
    </form>
  );
}
