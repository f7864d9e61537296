"use server";

import { headers } from "next/headers";
import { emailOnlySchema, returnToField, signInSchema, tokenSchema } from "@/lib/accounts/schemas";
import { requestSignInLink } from "@/lib/accounts/service";
import { defineFormAction } from "@/lib/actions/pipeline";
import { clientIp } from "@/lib/auth/client-ip";
import { signInOrRefuse } from "@/lib/auth/sign-in";

const LINK_INVALID = "This link is not valid. Ask for a new one.";

export const signInWithPasswordAction = defineFormAction({
  schema: signInSchema.extend({ returnTo: returnToField }),
  omit: ["password"],
  run: (_actor, { email, password, returnTo }) =>
    signInOrRefuse("password", { email, password, redirectTo: returnTo ?? "/account" }),
});

export const requestSignInLinkAction = defineFormAction({
  schema: emailOnlySchema,
  async run(_actor, { email }) {
    await requestSignInLink(email, { ip: clientIp(await headers()) });
    return { redirectTo: "/sign-in/check-email" };
  },
});

export const signInWithLinkAction = defineFormAction({
  schema: tokenSchema,
  hiddenFields: { token: LINK_INVALID },
  run: (_actor, { token }) => signInOrRefuse("email-token", { token, redirectTo: "/account" }),
});
