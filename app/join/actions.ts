"use server";

import { headers } from "next/headers";
import { defineFormAction } from "@/lib/actions/pipeline";
import { clientIp } from "@/lib/auth/client-ip";
import { Invalid } from "@/lib/errors";
import { rememberParticipant } from "@/lib/room/participant-cookie";
import { findEventSchema, joinEventSchema } from "@/lib/room/schemas";
import { findEventToJoin, joinEvent, NO_EVENT_WITH_CODE } from "@/lib/room/service";

/** The code typed at /join: on to that event's join page, or a refusal (counted when wrong). */
export const findEventAction = defineFormAction({
  schema: findEventSchema,
  async run(_actor, { code }) {
    const event = await findEventToJoin({ ip: clientIp(await headers()) }, code);
    if (!event) throw new Invalid(NO_EVENT_WITH_CODE, { code: NO_EVENT_WITH_CODE });
    return { redirectTo: `/join/${event.joinCode}` };
  },
});

/** Joins the event whose code the page was opened with: no account, no email; the room is then this browser's. */
export const joinEventAction = defineFormAction({
  schema: joinEventSchema,
  args: ["code"],
  hiddenFields: { code: "That join code is not right. Go back to the join page and type it again." },
  async run(_actor, input) {
    const joined = await joinEvent({ ip: clientIp(await headers()) }, input);
    await rememberParticipant(joined.eventId, joined.token, joined.endsAt);
    return { redirectTo: `/events/${joined.eventId}/room` };
  },
});
