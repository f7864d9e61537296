"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { initialFormState, type FormAction } from "@/lib/form-state";

function Press({ children, variant }: { children: React.ReactNode; variant: "primary" | "secondary" | "warning" }) {
  const { pending } = useFormStatus();
  const colours = {
    primary: "bg-success text-white hover:bg-success-dark",
    secondary: "bg-wash text-ink border-b-4 border-button-secondary-shadow hover:bg-button-secondary-hover",
    warning: "bg-danger text-white hover:bg-danger-dark",
  }[variant];
  return (
    <button
      type="submit"
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`min-h-11 px-4 py-1 text-base font-bold ${colours}`}
    >
      {children}
    </button>
  );
}

/**
 * One console control: a form that is a single button, its action bound to the event and the question on the
 * server. The outcome is announced beside it (a refusal, such as another facilitator having dealt with the
 * question first, in words); the page itself is refetched by the action and by the live signal.
 */
export function RoomActionButton({
  action,
  children,
  variant = "secondary",
}: {
  action: FormAction;
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "warning";
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const refusal = Object.values(state.errors)[0];
  return (
    <form action={formAction} className="inline-flex flex-col">
      <Press variant={variant}>{children}</Press>
      <span role="status" className={refusal ? "mt-1 max-w-xs text-base font-bold text-danger" : "sr-only"}>
        {refusal ?? state.message ?? ""}
      </span>
    </form>
  );
}
