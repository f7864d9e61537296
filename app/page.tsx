import Link from "next/link";
import { QuestionSummaryItem } from "@/components/questions/question-summary";
import { plural } from "@/lib/format";
import { listMostSupportedQuestions } from "@/lib/questions/queries";
import { listThemesWithCounts } from "@/lib/themes/queries";

export default async function HomePage() {
  const [questions, themes] = await Promise.all([listMostSupportedQuestions(10), listThemesWithCounts()]);
  return (
    <>
      <section aria-labelledby="intro-heading" className="max-w-3xl">
        <h1 id="intro-heading" className="mb-6 text-4xl sm:text-5xl">
          Help shape a smarter Essex
        </h1>
        <p className="mb-4 text-xl">
          A <strong>smart city</strong> (or smart county) uses technology and data to make everyday life better: buses
          that tell you when they will arrive, homes that waste less energy, health care closer to home, and services
          that work online when you need them.
        </p>
        <p className="mb-6">
          My Smarter Essex is where anyone in Essex, from a Year 9 student to a retired resident, can ask a question or
          share an idea about that future. It is run by CSES, the partnership that brings Essex County Council, Anglia
          Ruskin University and local engineering industry together to listen and answer.
        </p>
        <p className="mb-10 flex flex-wrap gap-4">
          <Link
            href="/questions/ask"
            className="inline-block min-h-11 bg-success px-5 py-2 font-bold text-white no-underline hover:bg-success-dark hover:text-white"
          >
            Ask a question or share an idea
          </Link>
          <Link href="/questions" className="inline-block py-2">
            Browse and search all questions
          </Link>
        </p>
      </section>

      <section aria-labelledby="today-heading" className="mb-12">
        <h2 id="today-heading" className="mb-4 text-3xl">
          What you can do here today
        </h2>
        <ol className="mb-8 grid gap-6 sm:grid-cols-3">
          <li className="border-t-4 border-brand pt-4">
            <h3 className="mb-2 text-xl">1. Ask or suggest</h3>
            <p>
              Ask a question or share an idea, with a free account. Most appear straight away; some are checked by a
              moderator first.
            </p>
          </li>
          <li className="border-t-4 border-brand pt-4">
            <h3 className="mb-2 text-xl">2. Support what matters to you</h3>
            <p>
              Support the questions you care about. The ones with the most support are shown first, so the partners can
              see what matters most.
            </p>
          </li>
          <li className="border-t-4 border-brand pt-4">
            <h3 className="mb-2 text-xl">3. Follow what happens</h3>
            <p>
              Browse and search every published question, and see where it has got to and any official response from a
              partner.
            </p>
          </li>
        </ol>
        <h2 id="coming-heading" className="mb-2 text-2xl">
          Coming next
        </h2>
        <p className="mb-2">This is a new service (a beta), and we are still building it. Next to come:</p>
        <ul className="mb-4 list-disc space-y-1 pl-6">
          <li>partners picking up questions and answering them here, in public</li>
          <li>commenting on questions, and reporting posts that break the house rules</li>
          <li>
            what was asked, answered, promised and delivered, shown for each partner, topic and district, so you can
            check what was done
          </li>
        </ul>
        <p>
          <Link href="/contact">Tell us what you think</Link> of the portal so far.
        </p>
      </section>

      <div className="grid gap-12 lg:grid-cols-3">
        <section aria-labelledby="top-heading" className="lg:col-span-2">
          <h2 id="top-heading" className="mb-2 text-3xl">
            Most supported questions
          </h2>
          <p className="mb-2 text-muted">The questions and ideas people in Essex have supported most.</p>
          {questions.length ? (
            <ul>
              {questions.map((question) => (
                <li key={question.id}>
                  <QuestionSummaryItem question={question} />
                </li>
              ))}
            </ul>
          ) : (
            <p>No questions have been published yet.</p>
          )}
          <p className="mt-4">
            <Link href="/questions">See all questions</Link>
          </p>
        </section>

        <section aria-labelledby="themes-heading">
          <h2 id="themes-heading" className="mb-2 text-3xl">
            Themes
          </h2>
          <p className="mb-4 text-muted">Every question belongs to one or more of these.</p>
          <ul className="space-y-4">
            {themes.map((theme) => (
              <li key={theme.slug}>
                <h3 className="text-lg font-bold">{theme.name}</h3>
                <p className="text-base">{theme.description}</p>
                <p className="text-base text-muted">{plural(theme.questionCount, "question")}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
