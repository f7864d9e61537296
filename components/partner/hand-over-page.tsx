import Link from "next/link";

/**
 * The frame of a hand-over page (release, transfer, reassign): back to the question, its title as the caption,
 * the one thing the page asks; or, when the question has moved on since the link was followed, why not.
 */
export function HandOverPage({
  question,
  heading,
  unavailable,
  children,
}: {
  question: { id: string; title: string };
  heading: string;
  unavailable: string | null;
  children: React.ReactNode;
}) {
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={`/partner/questions/${question.id}`}>Back to the question</Link>
      </p>
      <span className="mb-2 block text-xl break-words text-muted">{question.title}</span>
      <h1 className="mb-6 text-4xl">{heading}</h1>
      {unavailable ? <p>{unavailable}</p> : children}
    </div>
  );
}
