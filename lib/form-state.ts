// The state a form's server action returns (shared by client forms and server actions): field errors for
// the GOV.UK error summary and the fields, and the values typed, so nothing is lost when input is refused.
export interface FormState {
  status: "idle" | "error" | "success";
  /** Field name → message; "form" holds a message about the whole form. */
  errors: Record<string, string>;
  values: Record<string, string>;
  message?: string;
}

export const initialFormState: FormState = { status: "idle", errors: {}, values: {} };
