"use server";

import { tokenSchema } from "@/lib/accounts/schemas";
import { defineFormAction } from "@/lib/actions/pipeline";
import { confirmationBrowser } from "@/lib/auth/confirmation-browser";
import { signInOrRefuse } from "@/lib/auth/sign-in";

// Confirming the email uses the link's single-use token, which also signs the person in.
export const confirmEmailAction = defineFormAction({
  schema: tokenSchema,
  hiddenFields: { token: "This link is not valid. Ask for a new one." },
  run: async (_actor, { token }) =>
    signInOrRefuse("email-token", {
      token,
      browser: (await confirmationBrowser()) ?? "",
      redirectTo: "/account?confirmed=1",
    }),
});
