"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { createEventFormSchema, editEventFormSchema } from "@/lib/events/schemas";
import { createEvent, editEvent } from "@/lib/events/service";

export const createEventAction = defineFormAction({
  schema: createEventFormSchema,
  async run(actor, input) {
    const { eventId } = await createEvent(actor, input);
    revalidatePath("/events");
    return { redirectTo: `/events/${eventId}?done=created` };
  },
});

/** Bound to the event on its edit page. */
export const editEventAction = defineFormAction({
  schema: editEventFormSchema,
  args: ["eventId"],
  hiddenFields: { eventId: "That event does not exist." },
  async run(actor, input) {
    await editEvent(actor, input);
    revalidatePath("/events");
    revalidatePath(`/events/${input.eventId}`);
    return { redirectTo: `/events/${input.eventId}?done=saved` };
  },
});
