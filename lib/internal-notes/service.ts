import { holderOf, lockPublishedQuestion } from "@/lib/questions/lock";
import "server-only";
import { db } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed, membershipOf } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import { workspaceAccess } from "@/lib/questions/policy";
import { INTERNAL_NOTE_LIMIT } from "./schemas";

/**
 * Adds an internal note to a published question: members of the organisation holding it, and admins
 * (workspaceAccess). The note is written for the holding organisation when the writer is one of its members,
 * and for no organisation (CSES) when an admin writes it from outside, so it stays with whoever may read it.
 * Never shown to anyone but the holding organisation's members and admins (lib/triage/queries.ts).
 */
export async function addInternalNote(
  actor: Actor | null,
  input: { questionId: string; body: string },
): Promise<{ id: string }> {
  requirePermission(actor, "internalNote.create");
  const body = input.body.trim();
  if (!body) throw new Invalid("Write the note", { body: "Write the note" });
  if (body.length > INTERNAL_NOTE_LIMIT) {
    const message = `The note must be ${INTERNAL_NOTE_LIMIT.toLocaleString("en-GB")} characters or fewer`;
    throw new Invalid(message, { body: message });
  }
  const { questionId } = input;

  return db.$transaction(async (tx) => {
    // A shared lock on the question: anything that changes who holds it under a lock on the question row waits
    // for the note (and the note for it), so the note is written for the organisation that holds it.
    const question = await lockPublishedQuestion(tx, questionId, "share");
    const holder = question.assignment?.organisationId ?? null;
    assertAllowed(workspaceAccess(holderOf(question), actor));

    const organisationId = holder !== null && membershipOf(actor, holder) ? holder : null;
    const note = await tx.internalNote.create({
      data: { questionId, organisationId, authorId: actor.id, body },
      select: { id: true },
    });
    // The audit entry names the note, not its text: the text stays where only its readers see it.
    await recordAudit(tx, {
      actorId: actor.id,
      action: "internalNote.create",
      targetType: "question",
      targetId: questionId,
      after: { noteId: note.id, organisationId },
    });
    return note;
  });
}
