import Link from "next/link";

/**
 * What anyone who may no longer open a removed question sees at its address: that a moderator removed it, and
 * why — the moderator's reason when one was stored, the house rules in plain words otherwise. Never its title
 * or body.
 */
export function RemovedQuestion({ reason }: { reason: string | null }) {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">This question was removed</h1>
      <p className="mb-4">
        A moderator removed this question from the portal because it did not keep to the house rules. The rules keep the
        portal safe and fair for everyone: no personal details about anyone, nothing abusive, and nothing that could put
        a person at risk.
      </p>
      {reason ? (
        <div className="mb-6 border-l-8 border-line bg-wash p-4">
          <h2 className="mb-2 text-xl">The moderator’s reason</h2>
          <p className="whitespace-pre-line break-words">{reason}</p>
        </div>
      ) : null}
      <ul className="space-y-3">
        <li>
          <Link href="/questions">Look at other questions and ideas</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </div>
  );
}
