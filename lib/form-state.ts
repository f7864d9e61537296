// The state a form's server action returns (shared by client forms and server actions): field errors for
// the GOV.UK error summary and the fields, and the values typed, so nothing is lost when input is refused.
export interface FormState {
  status: "idle" | "error" | "success";
  /** Field name → message; "form" holds a message about the whole form. */
  errors: Record<string, string>;
  values: Record<string, string>;
  message?: string;
  /**
   * How many answers this form has had. A form whose fields take their defaults from `values` is keyed on
   * it: each answer mounts the fields afresh, because a mounted <select> ignores a new defaultValue.
   */
  submission: number;
}

export const initialFormState: FormState = { status: "idle", errors: {}, values: {}, submission: 0 };

/** A server action a form submits through useActionState (built by lib/actions/pipeline.ts). */
export type FormAction = (state: FormState, data: FormData) => Promise<FormState>;
