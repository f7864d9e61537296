"use server";

import { checkEmailOf, rememberCheckEmail } from "@/lib/accounts/check-email-cookie";
import {
  emailField,
  sendAgainSchema,
  signInLinkRequestSchema,
  signInSchema,
  returnToField,
  tokenWithReturnSchema,
} from "@/lib/accounts/schemas";
import { requestPasswordReset, requestSignInLink, resendSignUpConfirmation } from "@/lib/accounts/service";
import { defineFormAction } from "@/lib/actions/pipeline";
import { ensureConfirmationBrowser } from "@/lib/auth/confirmation-browser";
import { requestContext } from "@/lib/auth/request-context";
import { signInOrRefuse } from "@/lib/auth/sign-in";
import { Invalid } from "@/lib/errors";

const LINK_INVALID = "This link is not valid. Ask for a new one.";
const START_AGAIN =
  "We could not tell which email address to use. Select \u201cchange the email address\u201d and enter it again.";

export const signInWithPasswordAction = defineFormAction({
  schema: signInSchema.extend({ returnTo: returnToField }),
  omit: ["password"],
  async run(_actor, { email, password, returnTo }) {
    const { device } = await requestContext();
    await signInOrRefuse("password", { email, password, device: device ?? "", redirectTo: returnTo ?? "/account" });
  },
});

export const requestSignInLinkAction = defineFormAction({
  schema: signInLinkRequestSchema,
  async run(_actor, { email, returnTo }) {
    await requestSignInLink(email, await requestContext(), returnTo);
    await rememberCheckEmail({ flow: "sign_in", email, returnTo });
    return { redirectTo: "/sign-in/check-email" };
  },
});

export const signInWithLinkAction = defineFormAction({
  schema: tokenWithReturnSchema,
  hiddenFields: { token: LINK_INVALID },
  async run(_actor, { token, returnTo }) {
    const { device } = await requestContext();
    await signInOrRefuse("email-token", { token, device: device ?? "", redirectTo: returnTo ?? "/account" });
  },
});

/**
 * "Send it again" on the three check-your-email pages: the same request as the form that led there, for the
 * address this browser typed (kept in a short-lived cookie, see lib/accounts/check-email-cookie.ts), counted
 * against the same limits.
 */
export const sendEmailAgainAction = defineFormAction({
  schema: sendAgainSchema,
  async run(_actor, { flow }) {
    const remembered = await checkEmailOf(flow);
    const email = emailField.safeParse(remembered?.email);
    if (!remembered || !email.success) throw new Invalid(START_AGAIN);
    if (flow === "sign_up") {
      const { ip } = await requestContext();
      await resendSignUpConfirmation(email.data, { ip }, await ensureConfirmationBrowser(), remembered.returnTo);
    } else if (flow === "sign_in") {
      await requestSignInLink(email.data, await requestContext(), remembered.returnTo);
    } else {
      await requestPasswordReset(email.data, await requestContext());
    }
    await rememberCheckEmail({ ...remembered, email: email.data });
    return { message: `We have sent the email again to ${email.data}.` };
  },
});
