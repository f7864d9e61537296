"use client";

import { useActionState, useState } from "react";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { BODY_MAX, TITLE_MAX } from "@/lib/questions/limits";
import { SimilarQuestions } from "./similar-questions";

const FIELDS = ["title", "body", "themes", "district"] as const;

export interface QuestionFormValues {
  title: string;
  body: string;
  themes: string[];
  district: string;
}

export function QuestionForm({
  action,
  themes,
  districts,
  saved,
  submitLabel,
  suggestSimilar,
}: {
  action: FormAction;
  themes: { slug: string; name: string; description: string }[];
  districts: { slug: string; name: string }[];
  saved?: QuestionFormValues;
  submitLabel: string;
  suggestSimilar: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values =
    state.status === "idle"
      ? saved
      : {
          title: state.values.title ?? "",
          body: state.values.body ?? "",
          themes: (state.values.themes ?? "").split(",").filter(Boolean),
          district: state.values.district ?? "",
        };
  const [title, setTitle] = useState(values?.title ?? "");
  const error = (field: string) => state.errors[field];

  return (
    // Mounted afresh with each answer (see FormState.submission): a <select> ignores a new defaultValue.
    <form key={state.submission} action={formAction} noValidate>
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
