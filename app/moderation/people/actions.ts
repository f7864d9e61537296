"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import {
  endCoolDown,
  findPersonIdByEmail,
  liftSuspension,
  setCoolDown,
  suspendAccount,
} from "@/lib/suspensions/service";
import {
  coolDownSchema,
  findByEmailSchema,
  personSchema,
  suspendSchema,
  type PersonPageNotice,
} from "@/lib/suspensions/schemas";

const personPage = (userId: string) => `/moderation/people/${userId}`;
const PERSON_FIELD = { userId: "This person is no longer on the list. Reload the page." };

/** Back on the person's page, which says what was done (the form that did it may no longer be shown). */
function done(userId: string, what: PersonPageNotice) {
  revalidatePath(personPage(userId));
  return { redirectTo: `${personPage(userId)}?done=${what}` };
}

/** Finds a person by email (POST: no address in a URL) and opens their page under their opaque id. */
export const findPersonByEmailAction = defineFormAction({
  schema: findByEmailSchema,
  errorField: "email",
  async run(actor, input) {
    return { redirectTo: personPage(await findPersonIdByEmail(actor, input)) };
  },
});

export const suspendAccountAction = defineFormAction({
  schema: suspendSchema,
  hiddenFields: PERSON_FIELD,
  errorField: "reason",
  async run(actor, input) {
    await suspendAccount(actor, input);
    return done(input.userId, "suspended");
  },
});

export const liftSuspensionAction = defineFormAction({
  schema: personSchema,
  async run(actor, input) {
    await liftSuspension(actor, input);
    return done(input.userId, "lifted");
  },
});

export const setCoolDownAction = defineFormAction({
  schema: coolDownSchema,
  hiddenFields: PERSON_FIELD,
  errorField: "period",
  async run(actor, input) {
    await setCoolDown(actor, input);
    return done(input.userId, "held");
  },
});

export const endCoolDownAction = defineFormAction({
  schema: personSchema,
  async run(actor, input) {
    await endCoolDown(actor, input);
    return done(input.userId, "released");
  },
});
