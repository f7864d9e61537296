import { AuthError } from "next-auth";
import { describeWait } from "@/lib/errors";
import { errorState } from "@/lib/forms";
import type { FormState } from "@/lib/form-state";
import { LINK_NOT_VALID, SUSPENDED, WRONG_CREDENTIALS } from "@/lib/accounts/service";

/** Turns a refused next-auth sign-in into the form's state; anything that is not a refusal is rethrown. */
export function signInErrorState(error: unknown, values: Record<string, string>): FormState {
  if (!(error instanceof AuthError)) throw error;
  const code = (error as AuthError & { code?: string }).code ?? "";
  if (code === "invalid") return { status: "error", errors: { email: WRONG_CREDENTIALS }, values };
  if (code === "suspended") return { status: "error", errors: { form: SUSPENDED }, values };
  if (code === "link_invalid") return { status: "error", errors: { form: LINK_NOT_VALID }, values };
  const wait = /^rate_limited:(\d+)$/.exec(code);
  if (wait) return { status: "error", errors: { form: `You have tried to sign in too many times. Try again in ${describeWait(Number(wait[1]))}.` }, values };
  return errorState(error, values);
}
