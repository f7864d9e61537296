// The words of a commitment's notifications and of the timeline notes its status moves leave on the linked
// questions. Pure.
import type { CommitmentState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { clip, MESSAGE_LIMIT } from "@/lib/notifications/messages";
import { statusLabel } from "@/lib/questions/status";

/** StatusChange.note holds 2,000 characters. */
const NOTE_LIMIT = 2000;

function quoted(title: string): string {
  return `“${clip(title, 100)}”`;
}

/** What happened to a commitment, told to the people of its questions. */
export type CommitmentEvent =
  | { kind: "created" }
  | { kind: "update"; body: string }
  | { kind: "state"; to: CommitmentState; evidence: string | null; reason: string | null };

export function commitmentMessage(organisation: string, title: string, event: CommitmentEvent): string {
  const org = clip(organisation, 120);
  const about = `${quoted(title)}, a commitment on a question you support or follow`;
  let sentence: string;
  let detail: string | null = null;
  switch (event.kind) {
    case "created":
      sentence = `${org} made a commitment: ${quoted(title)}.`;
      break;
    case "update":
      sentence = `${org} posted an update on ${about}:`;
      detail = event.body;
      break;
    case "state":
      if (event.to === "in_progress") sentence = `${org} has started the work on ${about}.`;
      else if (event.to === "delivered") {
        sentence = `${org} says it has delivered ${about}:`;
        detail = event.evidence;
      } else {
        sentence = `${org} dropped ${about}. Their reason:`;
        detail = event.reason;
      }
      break;
  }
  if (!detail) return clip(sentence, MESSAGE_LIMIT);
  return `${sentence} ${clip(detail, MESSAGE_LIMIT - sentence.length - 1)}`;
}

/** The public note on a linked question's timeline when a commitment moves its status. */
export function followThroughNote(
  organisation: string,
  title: string,
  to: QuestionStatus,
  event: CommitmentEvent,
): string {
  const commitment = `the commitment ${quoted(title)} by ${clip(organisation, 120)}`;
  let note: string;
  if (event.kind === "state" && event.to === "delivered" && to === "delivered")
    note = `Delivered: ${commitment}. ${event.evidence ?? ""}`;
  else if (event.kind === "state" && event.to === "dropped")
    note =
      to === "declined"
        ? `Dropped: ${commitment}. Their reason: ${event.reason ?? ""}`
        : `Dropped: ${commitment}, but another commitment on this question goes on.`;
  else if (to === "planned") note = `Planned in ${commitment}.`;
  else if (to === "in_progress") note = `Work has started: ${commitment}.`;
  else note = `Following ${commitment}.`;
  return clip(note, NOTE_LIMIT);
}

/** The follow-through in words for the partner's success message ("2 questions are now Planned. …"). */
export function followThroughSummary(report: {
  moved: { title: string; to: QuestionStatus }[];
  left: { title: string; why: string }[];
}): string {
  const parts: string[] = [];
  for (const move of report.moved) parts.push(`“${move.title}” is now ${statusLabel(move.to).toLowerCase()}.`);
  for (const left of report.left) parts.push(`“${left.title}” ${left.why}.`);
  return parts.join(" ");
}
