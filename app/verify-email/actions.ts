"use server";

import { tokenWithReturnSchema } from "@/lib/accounts/schemas";
import { defineFormAction } from "@/lib/actions/pipeline";
import { confirmationBrowser } from "@/lib/auth/confirmation-browser";
import { signInOrRefuse } from "@/lib/auth/sign-in";

// Confirming the email uses the link's single-use token, which also signs the person in, and then returns them
// to the page they were on when they set out to sign in (a safe path, carried in the link), if any.
export const confirmEmailAction = defineFormAction({
  schema: tokenWithReturnSchema,
  hiddenFields: { token: "This link is not valid. Ask for a new one." },
  run: async (_actor, { token, returnTo }) =>
    signInOrRefuse("email-token", {
      token,
      browser: (await confirmationBrowser()) ?? "",
      redirectTo: returnTo ?? "/account?confirmed=1",
    }),
});
