import { NotesForm } from "@/components/partner/notes-form";
import { NotesList } from "@/components/partner/notes-list";
import type { Actor } from "@/lib/auth/actor";
import { INTERNAL_NOTE_LIMIT } from "@/lib/internal-notes/schemas";
import { getPartnerWorkspace } from "@/lib/triage/queries";
import { addInternalNoteAction } from "./actions";

/** The triage page's internal notes: read and add, for the holding organisation's members and admins only. */
export async function NotesSection({ questionId, actor }: { questionId: string; actor: Actor }) {
  const workspace = await getPartnerWorkspace(questionId, actor);
  const readers = workspace?.assignment
    ? `members of ${workspace.assignment.organisation} and CSES administrators`
    : "CSES administrators";
  return (
    <section aria-labelledby="notes-heading" className="mb-10 border-l-8 border-brand bg-wash p-5">
      <h2 id="notes-heading" className="mb-1 text-2xl">
        Internal notes
      </h2>
      {workspace ? (
        <>
          <p className="mb-4 text-base text-muted">Only {readers} can see these notes.</p>
          <NotesList notes={workspace.notes} />
          <NotesForm
            action={addInternalNoteAction.bind(null, questionId)}
            limit={INTERNAL_NOTE_LIMIT}
            readers={readers}
          />
        </>
      ) : (
        <p>
          Only members of the organisation holding this question, and CSES administrators, can read and add internal
          notes.
        </p>
      )}
    </section>
  );
}
