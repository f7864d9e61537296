"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { RadiosField } from "@/components/forms/radios-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { AGE_BANDS, PARTICIPANT_TYPES } from "@/lib/accounts/profile/options";
import { initialFormState, type FormAction } from "@/lib/form-state";

const FIELDS = ["displayName", "district", "ageBand", "participantType"] as const;

export function ProfileForm({
  action,
  saved,
  districts,
  hasChildProtections,
}: {
  action: FormAction;
  saved: Record<(typeof FIELDS)[number], string>;
  districts: { slug: string; name: string }[];
  /** Under 18 or not said: the hints say what that means (lib/accounts/age.ts). */
  hasChildProtections: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.status === "idle" ? saved : { ...saved, ...state.values };
  return (
    // Mounted afresh with each answer (see FormState.submission): a <select> ignores a new defaultValue.
    <form key={state.submission} action={formAction} noValidate>
      {state.status === "success" ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">{state.message}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      <TextField
        name="displayName"
        label="Public name"
        hint={
          hasChildProtections
            ? "This is the only thing about you anyone else can see. Do not use your real name."
            : "This is the only thing about you anyone else can see. We suggest you do not use your full real name."
        }
        defaultValue={values.displayName}
        error={state.errors.displayName}
        autoComplete="off"
      />
      <p className="mb-6 border-l-4 border-line pl-4">
        Your answers below are never shown next to your name. They are only counted together with everyone else&apos;s,
        to show the partners who is asking (for example, how many questions come from Harlow, or from young people).
      </p>
      <SelectField
        name="district"
        label="Where in Essex do you live?"
        options={districts.map((d) => ({ value: d.slug, label: d.name }))}
        defaultValue={values.district}
        error={state.errors.district}
      />
      <RadiosField
        name="ageBand"
        legend="How old are you?"
        hint={
          hasChildProtections
            ? "While you are under 18, or prefer not to say, a moderator checks your posts before they appear. To move to an age group of 18 or over, choose it here: a moderator approves the change first."
            : "If you are under 18, a moderator checks your posts before they appear."
        }
        options={[...AGE_BANDS, { value: "", label: "Prefer not to say" }]}
        defaultValue={values.ageBand}
        error={state.errors.ageBand}
      />
      <RadiosField
        name="participantType"
        legend="Which best describes you?"
        options={[...PARTICIPANT_TYPES, { value: "", label: "Prefer not to say" }]}
        defaultValue={values.participantType}
        error={state.errors.participantType}
      />
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}
