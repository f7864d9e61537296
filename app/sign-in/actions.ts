"use server";

import { emailOnlySchema, returnToField, signInSchema, tokenSchema } from "@/lib/accounts/schemas";
import { requestSignInLink } from "@/lib/accounts/service";
import { defineFormAction } from "@/lib/actions/pipeline";
import { requestContext } from "@/lib/auth/request-context";
import { signInOrRefuse } from "@/lib/auth/sign-in";

const LINK_INVALID = "This link is not valid. Ask for a new one.";

export const signInWithPasswordAction = defineFormAction({
  schema: signInSchema.extend({ returnTo: returnToField }),
  omit: ["password"],
  async run(_actor, { email, password, returnTo }) {
    const { device } = await requestContext();
    await signInOrRefuse("password", { email, password, device: device ?? "", redirectTo: returnTo ?? "/account" });
  },
});

export const requestSignInLinkAction = defineFormAction({
  schema: emailOnlySchema,
  async run(_actor, { email }) {
    await requestSignInLink(email, await requestContext());
    return { redirectTo: "/sign-in/check-email" };
  },
});

export const signInWithLinkAction = defineFormAction({
  schema: tokenSchema,
  hiddenFields: { token: LINK_INVALID },
  async run(_actor, { token }) {
    const { device } = await requestContext();
    await signInOrRefuse("email-token", { token, device: device ?? "", redirectTo: "/account" });
  },
});
