"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { TEMPLATE_TITLE_LIMIT } from "@/lib/answer-templates/schemas";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { RESPONSE_BODY_LIMIT } from "@/lib/responses/schemas";

const FIELDS = ["organisationId", "title", "body"] as const;

/**
 * Creating or changing an answer template: its organisation (when creating, for people who keep several
 * organisations' templates), a title to find it by, and its text. What was typed comes back with a refusal.
 */
export function TemplateForm({
  action,
  organisations,
  organisationId,
  saved,
  submitLabel,
}: {
  action: FormAction;
  /** Offered when creating; absent when changing (a template stays with its organisation). */
  organisations?: { id: number; name: string }[];
  organisationId?: number;
  saved?: { title: string; body: string };
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.status === "idle" ? saved : { title: state.values.title ?? "", body: state.values.body ?? "" };
  const chosen = state.values.organisationId ?? (organisationId ? String(organisationId) : undefined);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      {organisations && organisations.length > 1 ? (
        <SelectField
          name="organisationId"
          label="Organisation"
          hint="The template is shared with everyone in this organisation."
          options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
          defaultValue={chosen}
          error={state.errors.organisationId}
          emptyLabel={null}
        />
      ) : organisations ? (
        <input type="hidden" name="organisationId" value={chosen ?? String(organisations[0]?.id ?? "")} />
      ) : null}
      <TextField
        name="title"
        label="Title"
        hint="A short name your colleagues will recognise in the list, for example “Road repairs: how to report”."
        defaultValue={values?.title}
        error={state.errors.title}
        characterLimit={TEMPLATE_TITLE_LIMIT}
        autoComplete="off"
        width="full"
      />
      <TextAreaField
        name="body"
        label="Text"
        hint="The paragraphs to insert into a response. You can use simple formatting: a blank line starts a new paragraph, *stars* make italics, **double stars** make bold and a line starting with - makes a list."
        rows={10}
        defaultValue={values?.body}
        error={state.errors.body}
        characterLimit={RESPONSE_BODY_LIMIT}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
