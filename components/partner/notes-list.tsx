import { formatDateTime } from "@/lib/format";

export interface InternalNoteItem {
  id: string;
  organisation: string | null;
  author: string;
  body: string;
  createdAt: Date;
}

/** Internal notes, oldest first, each with who wrote it, for which organisation (or CSES), and when. */
export function NotesList({ notes }: { notes: InternalNoteItem[] }) {
  if (!notes.length) return <p className="mb-6">No internal notes yet.</p>;
  return (
    <ol className="mb-6 space-y-4" aria-label="Internal notes, oldest first">
      {notes.map((note) => (
        <li key={note.id} className="border-l-4 border-line pl-4">
          <p className="text-base text-muted">
            {note.author}, {note.organisation ?? "CSES"}, on{" "}
            <time dateTime={note.createdAt.toISOString()}>{formatDateTime(note.createdAt)}</time>
          </p>
          <p className="break-words whitespace-pre-line">{note.body}</p>
        </li>
      ))}
    </ol>
  );
}
