"use server";

import { tokenSchema } from "@/lib/accounts/schemas";
import { defineFormAction } from "@/lib/actions/pipeline";
import { signInOrRefuse } from "@/lib/auth/sign-in";

// Confirming the email uses the link's single-use token, which also signs the person in.
export const confirmEmailAction = defineFormAction({
  schema: tokenSchema,
  hiddenFields: { token: "This link is not valid. Ask for a new one." },
  run: (_actor, { token }) => signInOrRefuse("email-token", { token, redirectTo: "/account?confirmed=1" }),
});
