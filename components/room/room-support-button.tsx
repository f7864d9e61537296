"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

/**
 * "Support" on one question of the room's list (the action is bound to it on the server). The outcome is said
 * beside the button; the list's count comes from the server when the page refreshes.
 */
export function RoomSupportButton({ action, questionNumber }: { action: FormAction; questionNumber: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const said = state.errors.form ?? Object.values(state.errors)[0] ?? state.message;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton variant="secondary">
        Support<span className="sr-only"> question {questionNumber}</span>
      </SubmitButton>
      {said ? (
        <p role="status" className={`mb-0 font-bold ${state.status === "error" ? "text-danger" : "text-success"}`}>
          {said}
        </p>
      ) : null}
    </form>
  );
}
