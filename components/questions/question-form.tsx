"use client";

import { useActionState, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { SimilarQuestions } from "./similar-questions";

const FIELDS = ["title", "body", "themes", "district"] as const;
const TITLE_MAX = 140;
const BODY_MAX = 5000;

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
  const values = state.status === "idle" ? saved : { title: state.values.title ?? "", body: state.values.body ?? "", themes: (state.values.themes ?? "").split(",").filter(Boolean), district: state.values.district ?? "" };
  const [title, setTitle] = useState(values?.title ?? "");
  const [bodyLength, setBodyLength] = useState(values?.body.length ?? 0);
  const error = (field: string) => state.errors[field];

  return (
    // Mounted afresh with each answer (see FormState.submission): a <select> ignores a new defaultValue.
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />

      <div className={`mb-2 ${error("title") ? "border-l-4 border-danger pl-4" : ""}`}>
        <label htmlFor="title" className="mb-1 block text-2xl font-bold">
          Your question or idea
        </label>
        <p id="title-hint" className="mb-2 text-muted">
          Keep it short and clear, like a headline. For example, &quot;Could bus stops in Maldon show live times?&quot;
        </p>
        {error("title") ? (
          <p id="title-error" className="mb-2 font-bold text-danger">
            <span className="sr-only">Error:</span> {error("title")}
          </p>
        ) : null}
        <input
          id="title"
          name="title"
          defaultValue={values?.title}
          onChange={(e) => setTitle(e.target.value)}
          aria-describedby={`title-hint title-count${error("title") ? " title-error" : ""}`}
          aria-invalid={error("title") ? true : undefined}
          autoComplete="off"
          className={`min-h-11 w-full border-2 ${error("title") ? "border-danger" : "border-ink"} px-2 py-1`}
        />
        <p id="title-count" className="mt-1 text-base text-muted">
          {Math.max(0, TITLE_MAX - title.length)} characters left
        </p>
      </div>
      {suggestSimilar ? <SimilarQuestions title={title} /> : null}

      <div className={`mb-6 ${error("body") ? "border-l-4 border-danger pl-4" : ""}`}>
        <label htmlFor="body" className="mb-1 block font-bold">
          Details
        </label>
        <p id="body-hint" className="mb-2 text-muted">
          Say what you would like to happen and why it matters to you. Do not include anyone&apos;s name, address or phone number. You can use
          simple formatting: a blank line starts a new paragraph, *stars* make italics and **double stars** make bold.
        </p>
        {error("body") ? (
          <p id="body-error" className="mb-2 font-bold text-danger">
            <span className="sr-only">Error:</span> {error("body")}
          </p>
        ) : null}
        <textarea
          id="body"
          name="body"
          rows={8}
          defaultValue={values?.body}
          onChange={(e) => setBodyLength(e.target.value.length)}
          aria-describedby={`body-hint body-count${error("body") ? " body-error" : ""}`}
          aria-invalid={error("body") ? true : undefined}
          className={`w-full border-2 ${error("body") ? "border-danger" : "border-ink"} px-2 py-1`}
        />
        <p id="body-count" className="mt-1 text-base text-muted">
          {bodyLength > BODY_MAX ? `${bodyLength - BODY_MAX} characters too many` : `${BODY_MAX - bodyLength} characters left`}
        </p>
      </div>

      <div className={`mb-6 ${error("themes") ? "border-l-4 border-danger pl-4" : ""}`}>
        <fieldset aria-describedby={`themes-hint${error("themes") ? " themes-error" : ""}`}>
          <legend className="mb-1 font-bold">Themes</legend>
          <p id="themes-hint" className="mb-2 text-muted">
            Select up to 3 that fit best.
          </p>
          {error("themes") ? (
            <p id="themes-error" className="mb-2 font-bold text-danger">
              <span className="sr-only">Error:</span> {error("themes")}
            </p>
          ) : null}
          <div className="grid gap-2 sm:grid-cols-2">
            {themes.map((theme, index) => (
              <div key={theme.slug} className="flex items-start gap-3">
                <input
                  id={index === 0 ? "themes" : `themes-${theme.slug}`}
                  type="checkbox"
                  name="themes"
                  value={theme.slug}
                  defaultChecked={values?.themes.includes(theme.slug)}
                  className="mt-0.5 h-8 w-8 shrink-0 accent-ink"
                />
                <label htmlFor={index === 0 ? "themes" : `themes-${theme.slug}`}>{theme.name}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>

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
