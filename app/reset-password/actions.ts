"use server";

import { rememberCheckEmail } from "@/lib/accounts/check-email-cookie";
import { emailOnlySchema, resetPasswordSchema } from "@/lib/accounts/schemas";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/service";
import { defineFormAction } from "@/lib/actions/pipeline";
import { requestContext, requestIp } from "@/lib/auth/request-context";

export const requestPasswordResetAction = defineFormAction({
  schema: emailOnlySchema,
  async run(_actor, { email }) {
    await requestPasswordReset(email, await requestContext());
    await rememberCheckEmail({ flow: "password_reset", email });
    return { redirectTo: "/reset-password/check-email" };
  },
});

export const resetPasswordAction = defineFormAction({
  schema: resetPasswordSchema,
  omit: ["password"],
  hiddenFields: { token: "This link is not valid. Ask for a new one." },
  errorField: "password",
  async run(_actor, input) {
    await resetPassword(input, await requestIp());
    return { redirectTo: "/sign-in?reset=1" };
  },
});
