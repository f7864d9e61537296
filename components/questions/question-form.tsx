"use client";

import { useActionState, useEffect, useState } from "react";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { BODY_MAX, TITLE_MAX } from "@/lib/questions/limits";
import { clearQuestionDraft, draftFromForm, loadQuestionDraft, saveQuestionDraft } from "./question-draft";
import { SimilarQuestions } from "./similar-questions";

const FIELDS = ["title", "body", "themes", "district"] as const;

export interface QuestionFormValues {
  title: string;
  body: string;
  themes: string[];
  district: string;
}

/** What the person typed, as the server sent it back with a refusal. */
function valuesTyped(state: FormState): QuestionFormValues {
  return {
    title: state.values.title ?? "",
    body: state.values.body ?? "",
    themes: (state.values.themes ?? "").split(",").filter(Boolean),
    district: state.values.district ?? "",
  };
}

export function QuestionForm({
  action,
  themes,
  districts,
  saved,
  submitLabel,
  suggestSimilar,
  draftKey,
}: {
  action: FormAction;
  themes: { slug: string; name: string; description: string }[];
  districts: { slug: string; name: string }[];
  saved?: QuestionFormValues;
  submitLabel: string;
  suggestSimilar: boolean;
  /** Keeps what is typed in this browser tab under this key until it is sent (see question-draft.ts). */
  draftKey?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  // A draft kept from before (the person opened a similar question and came back), read once the page is in the
  // browser: the server cannot see it.
  const [draft, setDraft] = useState<QuestionFormValues | null>(null);
  const values = state.status === "idle" ? (draft ?? saved) : valuesTyped(state);
  const [title, setTitle] = useState(values?.title ?? "");
  const error = (field: string) => state.errors[field];

  useEffect(() => {
    if (!draftKey) return;
    const kept = loadQuestionDraft(draftKey);
    if (!kept) return;
    // Browser-only storage can only be read after hydration (the server rendered the empty form), so this one
    // restore re-renders once; it is not derived state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft(kept);
    setTitle(kept.title);
  }, [draftKey]);

  // Sending clears the draft; a refusal keeps it again, since the person is still writing.
  useEffect(() => {
    if (draftKey && state.status === "error") saveQuestionDraft(draftKey, valuesTyped(state));
  }, [draftKey, state]);

  return (
    // Mounted afresh with each answer (see FormState.submission), and once when a kept draft is restored: a
    // <select> ignores a new defaultValue.
    <form
      key={`${state.submission}${draft ? "-draft" : ""}`}
      action={formAction}
      noValidate
      onChange={draftKey ? (event) => saveQuestionDraft(draftKey, draftFromForm(event.currentTarget)) : undefined}
      onSubmit={draftKey ? () => clearQuestionDraft(draftKey) : undefined}
    >
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />

      <TextField
        name="title"
        label="Your question or idea"
        labelSize="large"
        hint={'Keep it short and clear, like a headline. For example, "Could bus stops in Maldon show live times?"'}
        defaultValue={values?.title}
        onChange={(e) => setTitle(e.target.value)}
        error={error("title")}
        characterLimit={TITLE_MAX}
        autoComplete="off"
        width="full"
        spacing="mb-2"
      />
      {suggestSimilar ? <SimilarQuestions title={title} /> : null}

      <TextAreaField
        name="body"
        label="Details"
        hint="Say what you would like to happen and why it matters to you. Do not include anyone's name, address or phone number. You can use simple formatting: a blank line starts a new paragraph, *stars* make italics and **double stars** make bold."
        rows={8}
        defaultValue={values?.body}
        error={error("body")}
        characterLimit={BODY_MAX}
      />

      <CheckboxGroupField
        name="themes"
        legend="Themes"
        hint="Select up to 3 that fit best."
        options={themes.map((theme) => ({ value: theme.slug, label: theme.name }))}
        defaultValues={values?.themes}
        error={error("themes")}
        columns={2}
      />

      <SelectField
        name="district"
        label="Which part of Essex is it about? (optional)"
        options={districts.map((d) => ({ value: d.slug, label: d.name }))}
        defaultValue={values?.district}
        error={error("district")}
        emptyLabel="Not about one place"
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
