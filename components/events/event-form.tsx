"use client";

import { useActionState } from "react";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { DateInput } from "@/components/forms/date-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadiosField } from "@/components/forms/radios-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";
import {
  EVENT_DESCRIPTION_LIMIT,
  EVENT_KINDS,
  EVENT_PLACE_LIMIT,
  EVENT_TITLE_LIMIT,
  eventKindLabel,
} from "@/lib/events/limits";

const FIELDS = [
  "title",
  "kind",
  "description",
  "date",
  "startTime",
  "endTime",
  "place",
  "organisationId",
  "facilitatorIds",
  "facilitatorEmails",
] as const;

/**
 * Making an event and changing it: what it is, when (UK time) and where, who runs it, and who facilitates. What was
 * typed stays after a refusal (GOV.UK error summary, the message by the field).
 */
export function EventForm({
  action,
  saved,
  organisations,
  staffMayOrganise,
  people,
  submitLabel,
  creating,
}: {
  action: FormAction;
  /** The form's starting values: the event's, or empty for a new one. */
  saved: Record<string, string>;
  organisations: { value: string; label: string }[];
  /** CSES moderators and administrators may run an event for CSES itself (no organisation). */
  staffMayOrganise: boolean;
  people: { value: string; label: string }[];
  submitLabel: string;
  creating: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.status === "error" ? state.values : saved;
  const ticked = (values.facilitatorIds ?? "").split(",").filter(Boolean);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      <TextField
        name="title"
        label="Name of the event"
        hint="For example: Smart streets workshop at Colchester Sixth Form"
        defaultValue={values.title ?? ""}
        error={state.errors.title}
        characterLimit={EVENT_TITLE_LIMIT}
        width="full"
      />
      <RadiosField
        name="kind"
        legend="What kind of event is it?"
        hint="At a school workshop, people under 18 join with a made-up name, and their questions wait for a facilitator."
        options={EVENT_KINDS.map((kind) => ({ value: kind, label: eventKindLabel(kind) }))}
        defaultValue={values.kind}
        error={state.errors.kind}
      />
      <TextAreaField
        name="description"
        label="What is it about?"
        hint="Who it is for and what will happen. Everyone can read it."
        defaultValue={values.description ?? ""}
        error={state.errors.description}
        characterLimit={EVENT_DESCRIPTION_LIMIT}
        rows={5}
      />
      <DateInput name="date" legend="Date" hint="For example, 27 3 2027" values={values} error={state.errors.date} />
      <TextField
        name="startTime"
        label="Start time"
        hint="UK time, on the 24-hour clock. For example, 09:30 or 14:00"
        defaultValue={values.startTime ?? ""}
        error={state.errors.startTime}
        width="short"
        inputMode="numeric"
      />
      <TextField
        name="endTime"
        label="End time"
        hint="If the event runs past midnight, the time it ends the next morning. Questions asked in the room are published on the portal after this time."
        defaultValue={values.endTime ?? ""}
        error={state.errors.endTime}
        width="short"
        inputMode="numeric"
      />
      <TextField
        name="place"
        label="Place"
        hint="The building and town, or “Online”."
        defaultValue={values.place ?? ""}
        error={state.errors.place}
        characterLimit={EVENT_PLACE_LIMIT}
        width="full"
      />
      <SelectField
        name="organisationId"
        label="Organisation running the event"
        hint="Shown as the organiser."
        options={organisations}
        defaultValue={values.organisationId ?? ""}
        emptyLabel={staffMayOrganise ? "CSES" : null}
        error={state.errors.organisationId}
      />
      {people.length ? (
        <CheckboxGroupField
          name="facilitatorIds"
          legend={creating ? "Who else will facilitate?" : "Facilitators"}
          hint={
            creating
              ? "You facilitate the events you make. Facilitators approve the room's questions and run the screen."
              : "Facilitators approve the room's questions and run the screen. Untick someone to remove them."
          }
          options={people}
          defaultValues={ticked}
          error={state.errors.facilitatorIds}
        />
      ) : null}
      <TextAreaField
        name="facilitatorEmails"
        label={people.length ? "Add facilitators by email address (optional)" : "Facilitators’ email addresses"}
        hint="One address a line. Each must be a member of a partner organisation, or a CSES moderator or administrator."
        defaultValue={values.facilitatorEmails ?? ""}
        error={state.errors.facilitatorEmails}
        rows={3}
        autoComplete="off"
        spellCheck={false}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
