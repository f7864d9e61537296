"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

/**
 * "Support" on one question of the room's list (the action is bound to it on the server); once supported, the
 * words say so in its place. The same component either way, so the outcome of the press stays on screen after
 * the page refreshes, with or without JavaScript.
 */
export function RoomSupportButton({
  action,
  questionNumber,
  supported,
}: {
  action: FormAction;
  questionNumber: number;
  supported: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const said = state.errors.form ?? Object.values(state.errors)[0] ?? state.message;
  const outcome = said ? (
    <p role="status" className={`mb-0 font-bold ${state.status === "error" ? "text-danger" : "text-success"}`}>
      {said}
    </p>
  ) : null;
  if (supported) {
    return (
      <div>
        {outcome}
        <p className="mb-0 font-bold">You support this question</p>
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton variant="secondary">
        Support<span className="sr-only"> question {questionNumber}</span>
      </SubmitButton>
      {outcome}
    </form>
  );
}
