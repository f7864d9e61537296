"use client";

import { useActionState, useEffect, useRef, useState, type SyntheticEvent } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { OfficialResponse } from "@/components/questions/official-response";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import type { Speaker } from "@/lib/questions/speaker";
import { appendTemplate, RESPONSE_BODY_LIMIT } from "@/lib/responses/schemas";
import { ResponseTemplatePicker, type ComposerTemplate } from "./response-template-picker";

const FIELDS = ["organisationId", "templateId", "body"] as const;

export const RESPONSE_MARKDOWN_HINT =
  "Write in plain English for the person who asked. You can use simple formatting: a blank line starts a new paragraph, *stars* make italics, **double stars** make bold, a line starting with - makes a list, and [words](https://example.org) makes a link.";

/** The text the form starts from: what the server sent back, with the chosen template added when that was asked. */
function bodyAfter(state: FormState, templates: ComposerTemplate[]): string {
  const written = state.values.body ?? "";
  if (state.status !== "success" || state.values.intent !== "insert") return written;
  const template = templates.find((t) => t.id === state.values.templateId);
  return template ? appendTemplate(written, template.body) : written;
}

/**
 * Where the person last typed or placed the cursor in the text, for "Insert template" (a focus alone, as Tab
 * gives, is not a choice of place: the template then goes at the end).
 */
function rememberCursor(event: SyntheticEvent<HTMLTextAreaElement>) {
  const area = event.currentTarget;
  area.dataset.cursorStart = String(area.selectionStart);
  area.dataset.cursorEnd = String(area.selectionEnd);
}

/**
 * Writing an official response: the organisation (when the person may answer for several), an answer template to
 * insert, the text, and "Preview" (rendered exactly as the public page will show it, above the form; nothing is
 * saved and the text stays) or "Publish".
 */
export function ResponseComposer({
  action,
  organisations,
  templates,
  author,
}: {
  action: FormAction;
  organisations: { id: number; name: string }[];
  templates: ComposerTemplate[];
  /** The person writing, as the response will name them. */
  author: Speaker;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [previewedAt] = useState(() => new Date());
  const previewRef = useRef<HTMLElement>(null);
  const body = bodyAfter(state, templates);
  const organisationId = state.values.organisationId ?? String(organisations[0]?.id ?? "");
  const preview = state.status === "success" && state.values.intent === "preview";
  const organisationName = organisations.find((o) => String(o.id) === organisationId)?.name ?? "";

  // Focus lands on the preview after each "Preview", so a keyboard or screen reader user reads it first; the
  // form (and the text) is right below it.
  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview, state]);

  return (
    <>
      {preview ? (
        <section
          ref={previewRef}
          aria-labelledby="preview-heading"
          tabIndex={-1}
          className="mb-8 border-4 border-brand p-4 focus:outline-none focus-visible:outline-[3px] focus-visible:outline-focus"
        >
          <h2 id="preview-heading" className="mb-2 text-2xl">
            Preview
          </h2>
          <p role="status" className="mb-4 font-bold">
            {state.message}
          </p>
          <OfficialResponse
            response={{
              id: "preview",
              organisation: organisationName,
              author,
              body,
              createdAt: previewedAt,
              lastEditedAt: null,
            }}
          />
        </section>
      ) : null}
      {/* Mounted afresh with each answer (see FormState.submission), so the fields show what came back. */}
      <form key={state.submission} action={formAction} noValidate>
        <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
        {organisations.length > 1 ? (
          <SelectField
            name="organisationId"
            label="Organisation you are answering for"
            hint="The response is published in its name and yours."
            options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
            defaultValue={organisationId}
            error={state.errors.organisationId}
            emptyLabel={null}
          />
        ) : (
          <input type="hidden" name="organisationId" value={organisationId} />
        )}
        <ResponseTemplatePicker
          templates={templates}
          showOrganisation={organisations.length > 1}
          defaultValue={state.values.templateId}
          error={state.errors.templateId}
          inserted={state.status === "success" && state.values.intent === "insert" ? state.message : undefined}
        />
        <TextAreaField
          name="body"
          label="Your response"
          labelSize="large"
          hint={RESPONSE_MARKDOWN_HINT}
          rows={12}
          defaultValue={body}
          error={state.errors.body}
          characterLimit={RESPONSE_BODY_LIMIT}
          onChange={rememberCursor}
          onKeyUp={rememberCursor}
          onMouseUp={rememberCursor}
        />
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton>Publish response</SubmitButton>
          <button
            type="submit"
            name="intent"
            value="preview"
            className="min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-5 py-2 text-[1.1875rem] font-bold text-ink hover:bg-button-secondary-hover"
          >
            Preview
          </button>
        </div>
      </form>
    </>
  );
}
