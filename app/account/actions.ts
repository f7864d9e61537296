"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { resendVerification, signOutEverywhere } from "@/lib/accounts/service";
import { endSession } from "@/lib/accounts/sessions";
import { ensureConfirmationBrowser } from "@/lib/auth/confirmation-browser";
import { requestIp } from "@/lib/auth/request-context";
import { defineAction, defineFormAction } from "@/lib/actions/pipeline";

// Signing out needs no permission: it ends only the session that sends it, on the server (the session row)
// as well as in the browser (the cookie), so a copy of the cookie stops working too.
export const signOutAction = defineAction({
  schema: z.object({}),
  args: [],
  async run(actor) {
    await endSession(actor);
    await signOut({ redirectTo: "/signed-out" });
  },
});

export const signOutEverywhereAction = defineFormAction({
  schema: z.object({}),
  async run(actor) {
    await signOutEverywhere(actor, await requestIp());
    await signOut({ redirectTo: "/signed-out" });
  },
});

export const resendVerificationAction = defineFormAction({
  schema: z.object({}),
  async run(actor) {
    await resendVerification(actor, await ensureConfirmationBrowser());
    return { message: "We have sent you a new link. Check your email." };
  },
});
