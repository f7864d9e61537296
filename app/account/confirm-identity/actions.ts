"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { returnToField } from "@/lib/accounts/schemas";
import { requestSignInLink } from "@/lib/accounts/service";
import { confirmIdentity } from "@/lib/accounts/sessions";
import { defineFormAction } from "@/lib/actions/pipeline";
import { clientIp } from "@/lib/auth/client-ip";
import { PASSWORD_MAX_LENGTH } from "@/lib/accounts/password";
import { Unauthenticated } from "@/lib/errors";

const ENTER_PASSWORD = "Enter your password";

export const confirmIdentityAction = defineFormAction({
  schema: z.object({
    password: z.string().min(1, ENTER_PASSWORD).max(PASSWORD_MAX_LENGTH, ENTER_PASSWORD),
    next: returnToField,
  }),
  omit: ["password"],
  errorField: "password",
  async run(actor, { password, next }) {
    await confirmIdentity(actor, { password });
    return { redirectTo: next ?? "/account" };
  },
});

// For accounts with no password: signing in by the emailed link opens a new session, which is a fresh proof.
export const sendConfirmationLinkAction = defineFormAction({
  schema: z.object({}),
  async run(actor) {
    if (!actor) throw new Unauthenticated();
    await requestSignInLink(actor.email, { ip: clientIp(await headers()) });
    return { message: "We have sent you a sign-in link. Open it to carry on." };
  },
});
