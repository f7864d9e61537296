"use server";

import { revalidatePath } from "next/cache";
import { defineAction, defineFormAction } from "@/lib/actions/pipeline";
import {
  acceptingQuestionsSchema,
  approveRoomQuestionSchema,
  eventTarget,
  mergeRoomQuestionSchema,
  nowAnsweringSchema,
  roomQuestionTarget,
  roomQuestionThemeSchema,
  stepNowAnsweringSchema,
  type StepResult,
} from "@/lib/event-console/schemas";
import {
  approveRoomQuestion,
  endEventNow,
  markAnsweredInRoom,
  mergeRoomQuestion,
  rejectRoomQuestion,
  setAcceptingQuestions,
  setNowAnswering,
  setRoomQuestionTheme,
  stepNowAnswering,
} from "@/lib/event-console/service";
import { plural } from "@/lib/format";

const GONE = "That question is no longer in this event's room. The page has been brought up to date.";
const NO_EVENT = "That event does not exist.";

/** The acting page is refreshed here; every other open page of the event hears the signal. */
function refreshEventPages(eventId: string) {
  revalidatePath(`/events/${eventId}/console`);
  revalidatePath(`/events/${eventId}/screen`);
}

/** Bound to the event and the question; `text` present when the facilitator changed the words first. */
export const approveRoomQuestionAction = defineFormAction({
  schema: approveRoomQuestionSchema,
  args: ["eventId", "roomQuestionId"],
  hiddenFields: { eventId: NO_EVENT, roomQuestionId: GONE },
  errorField: "text",
  async run(actor, input) {
    await approveRoomQuestion(actor, input);
    refreshEventPages(input.eventId);
    return { message: "Approved: it is on the screen now." };
  },
});

export const rejectRoomQuestionAction = defineFormAction({
  schema: roomQuestionTarget,
  args: ["eventId", "roomQuestionId"],
  hiddenFields: { eventId: NO_EVENT, roomQuestionId: GONE },
  async run(actor, input) {
    await rejectRoomQuestion(actor, input);
    refreshEventPages(input.eventId);
    return { message: "Turned down: it will not be shown." };
  },
});

export const mergeRoomQuestionAction = defineFormAction({
  schema: mergeRoomQuestionSchema,
  args: ["eventId", "duplicateId", "keepId"],
  hiddenFields: { eventId: NO_EVENT, duplicateId: GONE, keepId: GONE },
  async run(actor, input) {
    const result = await mergeRoomQuestion(actor, input);
    refreshEventPages(input.eventId);
    return { message: `Merged. The question kept now has ${plural(result.supportCount, "supporter")}.` };
  },
});

/** Bound to the event and the question to highlight, or null to clear the highlight. */
export const setNowAnsweringAction = defineFormAction({
  schema: nowAnsweringSchema,
  args: ["eventId", "roomQuestionId"],
  hiddenFields: { eventId: NO_EVENT, roomQuestionId: GONE },
  async run(actor, input) {
    await setNowAnswering(actor, input);
    refreshEventPages(input.eventId);
    return { message: input.roomQuestionId ? "Shown as the question being answered." : "Highlight cleared." };
  },
});

export const markAnsweredInRoomAction = defineFormAction({
  schema: roomQuestionTarget,
  args: ["eventId", "roomQuestionId"],
  hiddenFields: { eventId: NO_EVENT, roomQuestionId: GONE },
  async run(actor, input) {
    await markAnsweredInRoom(actor, input);
    refreshEventPages(input.eventId);
    return { message: "Marked answered in the room." };
  },
});

/** Bound to the event and the question; the theme chosen from the list. */
export const setRoomQuestionThemeAction = defineFormAction({
  schema: roomQuestionThemeSchema,
  args: ["eventId", "roomQuestionId"],
  hiddenFields: { eventId: NO_EVENT, roomQuestionId: GONE },
  errorField: "themeSlug",
  async run(actor, input) {
    await setRoomQuestionTheme(actor, input);
    refreshEventPages(input.eventId);
    return { message: input.themeSlug ? "Theme saved." : "Theme cleared: the partners will choose." };
  },
});

/** Bound to the event and whether to open (true) or close (false) it for new questions. */
export const setAcceptingQuestionsAction = defineFormAction({
  schema: acceptingQuestionsSchema,
  args: ["eventId", "accepting"],
  hiddenFields: { eventId: NO_EVENT },
  async run(actor, input) {
    await setAcceptingQuestions(actor, input);
    refreshEventPages(input.eventId);
    return { message: input.accepting ? "The event is open for questions." : "The event is closed for new questions." };
  },
});

export const endEventNowAction = defineFormAction({
  schema: eventTarget,
  args: ["eventId"],
  hiddenFields: { eventId: NO_EVENT },
  async run(actor, input) {
    const { published } = await endEventNow(actor, input);
    refreshEventPages(input.eventId);
    return {
      message: `The event has ended. ${plural(published, "question")} ${published === 1 ? "is" : "are"} now on the portal for the partners to answer.`,
    };
  },
});

/** The presenter's keys on the projector screen: the next or previous question becomes the one being answered. */
export const stepNowAnsweringAction = defineAction({
  schema: stepNowAnsweringSchema,
  args: ["eventId", "direction"],
  async run(actor, input): Promise<StepResult> {
    await stepNowAnswering(actor, input);
    refreshEventPages(input.eventId);
    return { ok: true };
  },
  refused: (message): StepResult => ({ ok: false, message }),
});
