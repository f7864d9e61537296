import Link from "next/link";
import { redirect } from "next/navigation";
import { QuestionForm } from "@/components/questions/question-form";
import { hasChildProtections } from "@/lib/accounts/age";
import { getActor } from "@/lib/auth/actor";
import { offersForm } from "@/lib/auth/permissions";
import { listDistricts } from "@/lib/reference/queries";
import { getSignpostingLinks, getWhereToGoInstead } from "@/lib/settings/queries";
import type { SignpostingLink } from "@/lib/settings/signposting";
import { SignpostingLinks } from "@/components/moderation/signposting-links";
import { WhereToGoInstead } from "@/components/questions/where-to-go-instead";
import { listActiveThemes } from "@/lib/themes/queries";
import { askQuestionAction } from "./actions";

export const metadata = { title: "Ask a question or share an idea" };

/** For under-18s and anyone who has not given an age: what not to share, and who to talk to (ICO children's code). */
function BeforeYouPost({ signposting }: { signposting: readonly SignpostingLink[] }) {
  return (
    <section aria-labelledby="before-you-post-heading" className="mb-6 border-l-4 border-brand bg-wash p-4">
      <h2 id="before-you-post-heading" className="mb-2 text-2xl">
        Before you post
      </h2>
      <ul className="mb-3 list-disc space-y-1 pl-6">
        <li>Anyone can read what you post here.</li>
        <li>Do not share your name, your school or where you live, or anything about someone else.</li>
      </ul>
      <p>
        If something is worrying you, talk to an adult you trust, like a parent, carer or teacher. You can also contact:
      </p>
      <SignpostingLinks links={signposting} />
    </section>
  );
}

type Props = { searchParams: Promise<{ area?: string | string[]; theme?: string | string[] }> };

export default async function AskPage({ searchParams }: Props) {
  const query = await searchParams;
  // ?theme=<slug> (a learn guide's "Ask about this") ticks that theme, if it is one people may choose.
  const preselected = typeof query.theme === "string" ? query.theme : "";
  const actor = await getActor();
  if (!actor) {
    const here = preselected ? `/questions/ask?${new URLSearchParams({ theme: preselected })}` : "/questions/ask";
    redirect(`/sign-in?${new URLSearchParams({ returnTo: here })}`);
  }
  const area = String(query.area ?? "");
  const childProtections = hasChildProtections(actor);
  const [themes, districts, routes, signposting] = await Promise.all([
    listActiveThemes(),
    listDistricts(),
    getWhereToGoInstead({ userId: actor.id, districtSlug: area }),
    childProtections ? getSignpostingLinks() : [],
  ]);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl sm:text-4xl">Ask a question or share an idea</h1>
      <p className="mb-4">
        Ask how technology and data could make Essex better, or share an idea. A partner organisation answers in public.
        Everything posted here follows the <Link href="/house-rules">house rules</Link>.
      </p>
      {childProtections ? <BeforeYouPost signposting={signposting} /> : null}
      {/* Folded, so on a phone the form starts on the first screen; the summary says what is inside. */}
      <WhereToGoInstead guide={routes} districts={districts} action="/questions/ask" folded={{ open: Boolean(area) }} />
      {offersForm(actor, "question.ask") ? (
        <QuestionForm
          action={askQuestionAction}
          themes={themes}
          districts={districts}
          saved={
            themes.some((t) => t.slug === preselected)
              ? { title: "", body: "", themes: [preselected], district: "" }
              : undefined
          }
          submitLabel="Send your question"
          suggestSimilar
          draftKey="ask"
        />
      ) : (
        <p>
          <Link href="/account">Confirm your email address</Link> before you ask a question.
        </p>
      )}
    </div>
  );
}
