import Link from "next/link";
import { redirect } from "next/navigation";
import { QuestionForm } from "@/components/questions/question-form";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listDistricts } from "@/lib/reference/queries";
import { getWhereToGoInstead } from "@/lib/settings/queries";
import { WhereToGoInstead } from "@/components/questions/where-to-go-instead";
import { listActiveThemes } from "@/lib/themes/queries";
import { askQuestionAction } from "./actions";

export const metadata = { title: "Ask a question or share an idea" };

export default async function AskPage({ searchParams }: { searchParams: Promise<{ area?: string | string[] }> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/questions/ask");
  const [themes, districts, routes] = await Promise.all([
    listActiveThemes(),
    listDistricts(),
    getWhereToGoInstead({ userId: actor.id, districtSlug: String((await searchParams).area ?? "") }),
  ]);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-4xl">Ask a question or share an idea</h1>
      <p className="mb-4">
        Ask about how technology and data could make Essex a better place to live, learn and work, or suggest an idea. A
        partner organisation (the county council, Anglia Ruskin University or a local engineering business) will answer
        in public, and others can support your question.
      </p>
      <WhereToGoInstead guide={routes} districts={districts} action="/questions/ask" />
      {can(actor, "question.ask") ? (
        <QuestionForm
          action={askQuestionAction}
          themes={themes}
          districts={districts}
          submitLabel="Send your question"
          suggestSimilar
        />
      ) : (
        <p>
          <Link href="/account">Confirm your email address</Link> before you ask a question.
        </p>
      )}
    </div>
  );
}
