"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadiosField } from "@/components/forms/radios-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { PLATFORM_ROLES } from "@/lib/accounts/profile/options";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";

function Outcome({ state, fields }: { state: FormState; fields: string[] }) {
  return (
    <>
      <ErrorSummary errors={state.errors} fieldOrder={fields} />
      {state.message ? (
        <p role="status" className="mb-3 font-bold text-success">
          {state.message}
        </p>
      ) : null}
    </>
  );
}

/** The search by email, sent by POST so the address is never in a URL; a miss is shown as the field's error. */
export function FindPersonForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="mb-10">
      <ErrorSummary errors={state.errors} fieldOrder={["email"]} />
      <TextField
        name="email"
        type="email"
        autoComplete="off"
        label="Find a person by email address"
        defaultValue={state.values.email}
        error={state.errors.email}
        width="full"
      />
      <SubmitButton>Find</SubmitButton>
    </form>
  );
}

export function PlatformRoleForm({ action, userId, current }: { action: FormAction; userId: string; current: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="mb-10">
      <Outcome state={state} fields={["platformRole"]} />
      <input type="hidden" name="userId" value={userId} />
      <RadiosField
        name="platformRole"
        legend="Platform role"
        hint="Moderators keep the site safe. Administrators also manage roles, organisations and settings."
        options={PLATFORM_ROLES}
        defaultValue={state.values.platformRole ?? current}
        error={state.errors.platformRole}
      />
      <SubmitButton>Save role</SubmitButton>
    </form>
  );
}

export function AddMembershipForm({
  action,
  userId,
  organisations,
}: {
  action: FormAction;
  userId: string;
  organisations: { id: number; name: string }[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    // Mounted afresh with each answer (see FormState.submission): a <select> ignores a new defaultValue.
    <form key={state.submission} action={formAction} noValidate className="mb-10">
      <Outcome state={state} fields={["organisationId", "role"]} />
      <input type="hidden" name="userId" value={userId} />
      <SelectField
        name="organisationId"
        label="Organisation"
        options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        defaultValue={state.values.organisationId}
        error={state.errors.organisationId}
        emptyLabel="Select an organisation"
      />
      <RadiosField
        name="role"
        legend="Their role in the organisation"
        hint="A lead can also manage their organisation's team and settings."
        options={[
          { value: "member", label: "Member" },
          { value: "lead", label: "Lead" },
        ]}
        defaultValue={state.values.role ?? "member"}
        error={state.errors.role}
      />
      <SubmitButton>Add to organisation</SubmitButton>
    </form>
  );
}

/** The confirmation step's button: removes the membership (the page around it asks "are you sure?"). */
export function RemoveMembershipForm({
  action,
  userId,
  organisationId,
  cancelHref,
}: {
  action: FormAction;
  userId: string;
  organisationId: number;
  cancelHref: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <Outcome state={state} fields={[]} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton variant="warning">Yes, remove them</SubmitButton>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}
