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
  nameLocked,
}: {
  action: FormAction;
  saved: Record<(typeof FIELDS)[number], string>;
  districts: { slug: string; name: string }[];
  /** Under 18 or not said: the hints say what that means (lib/accounts/age.ts). */
  hasChildProtections: boolean;
  /** Under 18: the generated public name stays, so the field is not offered (the service refuses it too). */
  nameLocked: boolean;
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
      {nameLocked ? (
        <div className="mb-6">
          <h2 className="mb-2 text-xl font-bold">Public name</h2>
          <p className="mb-2">
            Your public name is <strong>{saved.displayName}</strong>. It is the only thing about you anyone else can
            see.
          </p>
          <p>
            While you are under 18 you keep the name we made for you, so that nothing on the site can identify you. You
            can choose your own name once you are 18.
          </p>
        </div>
      ) : (
        <TextField
          name="displayName"
          label="Public name"
          hint={
            hasChildProtections
              ? "This is the only thing about you anyone else can see. Do not use your real name. A moderator checks a new name before anyone sees it if it looks like it holds personal information."
              : "This is the only thing about you anyone else can see. We suggest you do not use your full real name. Names that suggest you speak for a partner organisation or the portal's staff are not allowed."
          }
          defaultValue={values.displayName}
          error={state.errors.displayName}
          autoComplete="off"
        />
      )}
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
