"use server";

import { headers } from "next/headers";
import { rememberCheckEmail } from "@/lib/accounts/check-email-cookie";
import { signUpSchema } from "@/lib/accounts/schemas";
import { registerAccount } from "@/lib/accounts/service";
import { defineFormAction } from "@/lib/actions/pipeline";
import { clientIp } from "@/lib/auth/client-ip";
import { ensureConfirmationBrowser } from "@/lib/auth/confirmation-browser";

// Anyone may create an account: there is no role to require.
export const signUpAction = defineFormAction({
  schema: signUpSchema,
  omit: ["password"],
  async run(_actor, input) {
    await registerAccount(input, { ip: clientIp(await headers()) }, await ensureConfirmationBrowser());
    await rememberCheckEmail({ flow: "sign_up", email: input.email, returnTo: input.returnTo });
    return { redirectTo: "/sign-up/check-email" };
  },
});
