import Link from "next/link";
import { redirect } from "next/navigation";
import { QuestionForm } from "@/components/questions/question-form";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listDistricts } from "@/lib/reference/queries";
import { getContactRoutes } from "@/lib/settings/queries";
import { listActiveThemes } from "@/lib/themes/queries";
import { askQuestionAction } from "./actions";

export const metadata = { title: "Ask a question or share an idea" };

export default async function AskPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/questions/ask");
  const [themes, districts, routes] = await Promise.all([listActiveThemes(), listDistricts(), getContactRoutes()]);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-4xl">Ask a question or share an idea</h1>
      <p className="mb-4">
        Ask about how technology and data could make Essex a better place to live, learn and work, or suggest an idea. A
        partner organisation (the county council, Anglia Ruskin University or a local engineering business) will answer
        in public, and others can support your question.
      </p>
      <section aria-labelledby="instead-heading" className="mb-8 border-l-4 border-line pl-4">
        <h2 id="instead-heading" className="mb-2 text-2xl">
          Where to go instead
        </h2>
        <p>This portal is for ideas and questions about the future. It is not the place for:</p>
        <ul className="mt-4 space-y-4">
          {routes.map((route) => (
            <li key={route.key}>
              <h3 className="text-lg font-bold">{route.title}</h3>
              <p>{route.description}</p>
              {route.url ? <a href={route.url}>{route.linkText ?? route.url}</a> : null}
            </li>
          ))}
        </ul>
      </section>
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
