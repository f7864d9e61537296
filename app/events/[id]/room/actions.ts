"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { participantTokenOf } from "@/lib/room/participant-cookie";
import { askInRoomSchema, supportInRoomSchema, takeFollowUpCodeSchema } from "@/lib/room/schemas";
import { askInRoom, ALREADY_SUPPORTED, supportInRoom, takeFollowUpCode } from "@/lib/room/service";

// The participant's actions in the room. Who they are is this browser's cookie for the event, never a field.

export const askInRoomAction = defineFormAction({
  schema: askInRoomSchema,
  args: ["eventId"],
  hiddenFields: { eventId: "That event does not exist." },
  errorField: "text",
  async run(_actor, input) {
    const asked = await askInRoom(await participantTokenOf(input.eventId), input);
    revalidatePath(`/events/${input.eventId}/room`);
    if (asked.moderation === "approved") return { message: "Thank you. Your question is on the list." };
    return {
      message:
        "Thank you. Your question is waiting for the facilitators: they check it before it goes on the list. Only you can see it until then.",
    };
  },
});

export const supportInRoomAction = defineFormAction({
  schema: supportInRoomSchema,
  args: ["eventId", "eventQuestionId"],
  hiddenFields: { eventId: "That event does not exist.", eventQuestionId: "That question is not on this list." },
  async run(_actor, input) {
    const result = await supportInRoom(await participantTokenOf(input.eventId), input);
    revalidatePath(`/events/${input.eventId}/room`);
    return { message: result.alreadySupported ? ALREADY_SUPPORTED : "Thank you. Your support is counted." };
  },
});

export const takeFollowUpCodeAction = defineFormAction({
  schema: takeFollowUpCodeSchema,
  args: ["eventId"],
  hiddenFields: { eventId: "That event does not exist." },
  async run(_actor, input) {
    const { code } = await takeFollowUpCode(await participantTokenOf(input.eventId), input);
    return { redirectTo: `/follow-up/${code}?new=1` };
  },
});
