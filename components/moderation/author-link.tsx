import Link from "next/link";

/** Who wrote a post, linked to their moderation page; a question asked in the room at an event has no person. */
export function AuthorLink({ author }: { author: { id: string; displayName: string } | null }) {
  if (author === null) return <>someone in the room at an event (no name is kept)</>;
  return <Link href={`/moderation/people/${author.id}`}>{author.displayName}</Link>;
}
