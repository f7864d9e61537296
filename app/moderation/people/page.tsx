import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { FindPersonByEmailForm } from "@/components/moderation/suspension-forms";
import { PeopleNameSearch } from "@/components/moderation/people-search";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { peoplePageSchema } from "@/lib/suspensions/schemas";
import { searchPeopleByName } from "@/lib/suspensions/queries";
import { findPersonByEmailAction } from "./actions";

export const metadata = { title: "Find a person" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerationPeoplePage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/moderation/people");
  if (!can(actor, "moderation.suspend")) forbidden();
  const { name, after } = peoplePageSchema.parse(await searchParams);
  const results = name ? await searchPeopleByName(name, after) : null;
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-4xl">Find a person</h1>
      <p className="mb-6">
        Find someone to see what they have written, suspend their account or hold their posts for a moderator.
      </p>
      <FindPersonByEmailForm action={findPersonByEmailAction} />
      <PeopleNameSearch name={name ?? ""} />
      {results ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-4 text-2xl">
            Public names starting with “{name}”
          </h2>
          {results.people.length === 0 ? (
            <p>{after ? "There are no more people." : "Nobody’s public name starts with that."}</p>
          ) : (
            <ul className="mb-6 space-y-2">
              {results.people.map((person) => (
                <li key={person.id}>
                  <Link href={`/moderation/people/${person.id}`}>{person.displayName}</Link>
                  {person.platformRole !== "citizen" ? ` (${person.platformRole})` : ""}
                  {person.suspended ? " – suspended" : ""}
                </li>
              ))}
            </ul>
          )}
          {results.next ? (
            <p>
              <Link
                href={`/moderation/people?name=${encodeURIComponent(name ?? "")}&after=${encodeURIComponent(results.next)}`}
              >
                More people
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
