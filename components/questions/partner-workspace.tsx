import { formatDate } from "@/lib/format";

export interface PartnerWorkspaceProps {
  assignment: { organisation: string; dueOn: Date; claimedBy: string | null; claimedAt: Date | null } | null;
  notes: { id: string; organisation: string | null; author: string; body: string; createdAt: Date }[];
}

/** The leading organisation's working view of a question; the page renders it for them and admins only. */
export function PartnerWorkspace({ workspace }: { workspace: PartnerWorkspaceProps }) {
  const { assignment, notes } = workspace;
  return (
    <section aria-labelledby="workspace-heading" className="mb-10 border-l-8 border-brand bg-wash p-5">
      <h2 id="workspace-heading" className="mb-1 text-2xl">
        Partner workspace
      </h2>
      <p className="mb-4 text-base text-muted">
        Only {assignment ? `members of ${assignment.organisation}` : "partner organisation members"} and CSES
        administrators can see this.
      </p>
      {assignment ? (
        <dl className="mb-6 grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-base text-muted">Leading organisation</dt>
            <dd className="mt-1">{assignment.organisation}</dd>
          </div>
          <div>
            <dt className="text-base text-muted">Response due</dt>
            <dd className="mt-1">
              <time dateTime={assignment.dueOn.toISOString().slice(0, 10)}>{formatDate(assignment.dueOn)}</time>
            </dd>
          </div>
          <div>
            <dt className="text-base text-muted">Claimed by</dt>
            <dd className="mt-1">{assignment.claimedBy ?? "Nobody has claimed it yet."}</dd>
          </div>
        </dl>
      ) : (
        <p className="mb-6">No organisation leads on this question yet. It is waiting in the pool.</p>
      )}
      <h3 className="mb-2 text-xl">Internal notes</h3>
      {notes.length ? (
        <ul className="space-y-4">
          {notes.map((note) => (
            <li key={note.id}>
              <p className="text-base text-muted">
                {note.author}
                {note.organisation ? `, ${note.organisation}` : ", CSES"} on{" "}
                <time dateTime={note.createdAt.toISOString()}>{formatDate(note.createdAt)}</time>
              </p>
              <p className="whitespace-pre-line">{note.body}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>No internal notes yet.</p>
      )}
    </section>
  );
}
