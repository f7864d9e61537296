"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

const ROLE_OPTIONS = [
  { value: "member", label: "Member: answers questions for the organisation" },
  { value: "lead", label: "Lead: also invites and removes the organisation's members" },
];

/** Emails an invitation to join the organisation; the fields clear once it is sent, and keep what was typed if not. */
export function InviteForm({ action, organisationId }: { action: FormAction; organisationId: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const kept = state.status === "error" ? state.values : {};
  return (
    <form key={state.submission} action={formAction} noValidate className="mb-10">
      {state.status === "success" && state.message ? <FocusedSuccessBanner message={state.message} /> : null}
      <ErrorSummary errors={state.errors} fieldOrder={["email", "role"]} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        name="email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        label="Email address"
        hint="We email them a link to join. It works once, for this address only, and expires in 7 days."
        defaultValue={kept.email}
        error={state.errors.email}
        width="full"
      />
      <RadiosField
        name="role"
        legend="Their role"
        options={ROLE_OPTIONS}
        defaultValue={kept.role ?? "member"}
        error={state.errors.role}
      />
      <SubmitButton>Send invitation</SubmitButton>
    </form>
  );
}

/** One button per waiting invitation; a refusal (already used, say) is shown beside it. */
export function WithdrawInvitationForm({
  action,
  invitationId,
  email,
}: {
  action: FormAction;
  invitationId: string;
  email: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton variant="secondary">
        Withdraw<span className="sr-only"> the invitation to {email}</span>
      </SubmitButton>
    </form>
  );
}

/** An administrator's button making a member a lead, or a lead a member. */
export function MembershipRoleForm({
  action,
  userId,
  organisationId,
  currentRole,
  name,
}: {
  action: FormAction;
  userId: string;
  organisationId: number;
  currentRole: "member" | "lead";
  name: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const role = currentRole === "lead" ? "member" : "lead";
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="role" value={role} />
      <SubmitButton variant="secondary">
        Make {role}
        <span className="sr-only"> ({name})</span>
      </SubmitButton>
    </form>
  );
}

/** The one button on an invitation's page, for the person it was sent to. */
export function JoinOrganisationForm({
  action,
  token,
  organisationName,
}: {
  action: FormAction;
  token: string;
  organisationName: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Join {organisationName}</SubmitButton>
    </form>
  );
}
