"use client";

import { useActionState } from "react";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { PARTNER_TAG_NAME_LIMIT } from "@/lib/tags/schemas";

const FIELDS = ["themes", "partnerTags", "newPartnerTag"] as const;

export interface TagsFormChoices {
  themes: { slug: string; name: string; retired: boolean; chosen: boolean }[];
  partnerTags: { organisation: string; tags: { id: number; name: string; chosen: boolean }[] } | null;
}

/** A refused answer echoes ticked boxes as one comma-separated value (lib/forms.ts echoValues). */
function ticked(value: string | undefined): string[] {
  return value ? value.split(",") : [];
}

/**
 * The question's themes (public) and the holding organisation's own tags (private to it), as checkboxes, and a
 * box to type a new tag. What was ticked or typed stays after a refusal.
 */
export function TagsForm({ action, choices }: { action: FormAction; choices: TagsFormChoices }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const refused = state.status === "error";
  const themes = refused ? ticked(state.values.themes) : choices.themes.filter((t) => t.chosen).map((t) => t.slug);
  const tags = refused
    ? ticked(state.values.partnerTags)
    : (choices.partnerTags?.tags.filter((t) => t.chosen).map((t) => String(t.id)) ?? []);
  return (
    <form key={state.submission} action={formAction} noValidate>
      {state.status === "success" && state.message ? <FocusedSuccessBanner message={state.message} /> : null}
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      <CheckboxGroupField
        name="themes"
        legend="Themes"
        hint="Everyone sees a question's themes. Keep at least one. A retired theme can stay on a question that has it, but cannot be added again once removed."
        options={choices.themes.map((t) => ({ value: t.slug, label: t.retired ? `${t.name} (retired)` : t.name }))}
        defaultValues={themes}
        error={state.errors.themes}
        columns={2}
      />
      {choices.partnerTags ? (
        <>
          {choices.partnerTags.tags.length ? (
            <CheckboxGroupField
              name="partnerTags"
              legend={`${choices.partnerTags.organisation}’s own tags`}
              hint={`Only members of ${choices.partnerTags.organisation} and CSES administrators see these.`}
              options={choices.partnerTags.tags.map((t) => ({ value: String(t.id), label: t.name }))}
              defaultValues={tags}
              error={state.errors.partnerTags}
              columns={2}
            />
          ) : (
            <p className="mb-4">{choices.partnerTags.organisation} has no tags of its own yet.</p>
          )}
          <TextField
            name="newPartnerTag"
            label="Add a new tag (optional)"
            hint={`For example “Needs highways input”. Only ${choices.partnerTags.organisation} sees it. If your organisation already has a tag with this name, that tag is used.`}
            defaultValue={refused ? state.values.newPartnerTag : ""}
            error={state.errors.newPartnerTag}
            width="medium"
            characterLimit={PARTNER_TAG_NAME_LIMIT}
            autoComplete="off"
          />
        </>
      ) : (
        <p className="mb-6">
          An organisation’s own tags can be added once an organisation holds this question.
          {state.errors.partnerTags ? ` ${state.errors.partnerTags}` : ""}
        </p>
      )}
      <SubmitButton>Save tags</SubmitButton>
    </form>
  );
}
