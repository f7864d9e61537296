"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

const FIELDS = ["topic", "message", "name", "email"];

/** The contact form: what it is about and the message; a name and an email address for a reply are optional. */
export function ContactForm({
  action,
  topics,
  messageLimit,
}: {
  action: FormAction;
  topics: { value: string; label: string }[];
  messageLimit: number;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      <RadiosField
        name="topic"
        legend="What is your message about?"
        options={topics}
        defaultValue={state.values.topic}
        error={state.errors.topic}
      />
      <TextAreaField
        name="message"
        label="Your message"
        hint="Do not include passwords or details about your health. To ask the partners a question about Essex, use Ask a question instead, so that everyone can see the answer."
        rows={6}
        characterLimit={messageLimit}
        defaultValue={state.values.message}
        error={state.errors.message}
      />
      <TextField
        name="name"
        label="Your name (optional)"
        autoComplete="name"
        defaultValue={state.values.name}
        error={state.errors.name}
        width="medium"
      />
      <TextField
        name="email"
        type="email"
        label="Your email address (optional)"
        hint="Only if you would like a reply. We use it for nothing else."
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.values.email}
        error={state.errors.email}
        width="full"
      />
      <SubmitButton>Send message</SubmitButton>
    </form>
  );
}
