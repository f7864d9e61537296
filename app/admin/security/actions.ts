"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { findSecurityEventPersonId } from "@/lib/security-events/queries";
import { findSecurityEventPersonSchema, securityEventsPath } from "@/lib/security-events/schemas";

/** Filters the list to one person, found by email (POST: the address never goes into a URL), by their id. */
export const findSecurityEventPersonAction = defineFormAction({
  schema: findSecurityEventPersonSchema,
  errorField: "email",
  async run(actor, { email, kind, from, to }) {
    const user = await findSecurityEventPersonId(actor, email);
    return { redirectTo: securityEventsPath({ kind, user, from, to }) };
  },
});
