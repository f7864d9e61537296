"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/form-state";

/**
 * An unread notification's message, as a button that looks like a link: pressing it marks the notification
 * read and goes to the place it is about. A form post, so link prefetching can never mark anything read.
 */
export function OpenNotificationButton({
  action,
  notificationId,
  children,
}: {
  action: FormAction;
  notificationId: string;
  children: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const error = state.errors.form ?? Object.values(state.errors)[0];
  return (
    <form action={formAction}>
      <input type="hidden" name="notificationId" value={notificationId} />
      <button
        type="submit"
        aria-disabled={pending}
        onClick={(event) => {
          if (pending) event.preventDefault();
        }}
        className="min-h-6 cursor-pointer text-left font-bold text-brand underline underline-offset-2 hover:text-brand-dark hover:decoration-2"
      >
        {children}
      </button>
      {error ? (
        <p role="alert" className="mt-1 font-bold text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
