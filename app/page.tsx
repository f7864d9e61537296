import Link from "next/link";
import { QuestionSummaryItem } from "@/components/questions/question-summary";
import { formatDate, formatDateTime, plural } from "@/lib/format";
import {
  getLatestDeliveredStory,
  getLoopFigures,
  listUpcomingEvents,
  type DeliveredStory,
  type LoopFigures,
  type UpcomingEvent,
} from "@/lib/front-door/queries";
import { listTrendingQuestions } from "@/lib/questions/queries";
import { listThemesWithCounts } from "@/lib/themes/queries";

export default async function HomePage() {
  const [figures, story, events, trending, themes] = await Promise.all([
    getLoopFigures(),
    getLatestDeliveredStory(),
    listUpcomingEvents(),
    listTrendingQuestions(5),
    listThemesWithCounts(),
  ]);
  return (
    <>
      <section aria-labelledby="intro-heading" className="mb-12 max-w-3xl">
        <h1 id="intro-heading" className="mb-6 text-4xl sm:text-5xl">
          Help shape a smarter Essex
        </h1>
        <p className="mb-4 text-xl">
          Ask Essex County Council, Anglia Ruskin University and local industry how technology could make life in Essex
          better, and see what they do about it.
        </p>
        <p className="mb-6">
          A <strong>smart city</strong> (or smart county) uses technology and data to make everyday life better: buses
          that tell you when they will arrive, homes that waste less energy, and health care closer to home.{" "}
          <Link prefetch={false} href="/learn">
            Find out what a smart city is
          </Link>
          .
        </p>
        <p className="flex flex-wrap gap-4">
          <Link
            prefetch={false}
            href="/questions/ask"
            className="inline-block min-h-11 bg-success px-5 py-2 font-bold text-white no-underline hover:bg-success-dark hover:text-white"
          >
            Ask a question or share an idea
          </Link>
          <Link prefetch={false} href="/questions" className="inline-block py-2">
            Browse and search all questions
          </Link>
        </p>
      </section>

      <HowItWorks figures={figures} />

      <div className="mb-12 grid gap-12 lg:grid-cols-2">
        <YouSaidWeDid story={story} />
        <div>
          <NextEvents events={events} />
          <section aria-labelledby="class-heading" className="border-l-4 border-brand bg-wash p-4">
            <h2 id="class-heading" className="mb-2 text-2xl">
              Joining a session with your class?
            </h2>
            <p className="mb-2">Your teacher or the session leader will give you a code. You do not need an account.</p>
            <p>
              <Link prefetch={false} href="/join" className="font-bold">
                Enter your code
              </Link>
            </p>
          </section>
        </div>
      </div>

      <div className="grid gap-12 lg:grid-cols-3">
        <section aria-labelledby="trending-heading" className="lg:col-span-2">
          <h2 id="trending-heading" className="mb-2 text-3xl">
            Trending questions
          </h2>
          <p className="mb-2 text-muted">The questions and ideas gaining support fastest.</p>
          {trending.length ? (
            <ul>
              {trending.map((question) => (
                <li key={question.id}>
                  <QuestionSummaryItem question={question} />
                </li>
              ))}
            </ul>
          ) : (
            <p>No questions have been published yet.</p>
          )}
          <p className="mt-4">
            <Link prefetch={false} href="/questions?sort=trending">
              See more trending questions
            </Link>
          </p>
        </section>

        <section aria-labelledby="themes-heading">
          <h2 id="themes-heading" className="mb-2 text-3xl">
            Themes
          </h2>
          <p className="mb-4 text-muted">Every question belongs to one or more of these.</p>
          <ul className="space-y-3">
            {themes.map((theme) => (
              <li key={theme.slug}>
                <h3 className="text-lg font-bold">
                  <Link prefetch={false} href={`/questions?theme=${encodeURIComponent(theme.slug)}`}>
                    {theme.name}
                  </Link>
                </h3>
                <p className="text-base text-muted">{plural(theme.questionCount, "question")}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

/** The loop in three steps, each with its figure from the stored data. */
function HowItWorks({ figures }: { figures: LoopFigures }) {
  const steps = [
    {
      heading: "1. You ask or support",
      figure: plural(figures.questionsAsked, "question asked", "questions asked"),
      text: "Ask a question or share an idea, or support someone else’s. The ones with most support are seen first.",
      link: { href: "/questions/ask", label: "Ask a question" },
    },
    {
      heading: "2. Partners answer",
      figure: plural(figures.questionsAnswered, "question answered", "questions answered"),
      text: "The council, the university or a local business picks up each question and answers it here, in public.",
      link: { href: "/questions?status=answered", label: "Read the answers" },
    },
    {
      heading: "3. You see what was delivered",
      figure: plural(figures.commitmentsDelivered, "commitment delivered", "commitments delivered"),
      text: "When a partner promises to act, you can follow its progress and check the evidence when it is done.",
      link: { href: "/commitments", label: "See what was promised and delivered" },
    },
  ];
  return (
    <section aria-labelledby="how-heading" className="mb-12">
      <h2 id="how-heading" className="mb-4 text-3xl">
        How it works
      </h2>
      <ol className="grid gap-6 sm:grid-cols-3">
        {steps.map((step) => (
          <li key={step.heading} className="border-t-4 border-brand pt-4">
            <h3 className="mb-2 text-xl">{step.heading}</h3>
            <p className="mb-2 text-2xl font-bold">{step.figure}</p>
            <p className="mb-2">{step.text}</p>
            <p>
              <Link prefetch={false} href={step.link.href}>
                {step.link.label}
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

const EVIDENCE_SHOWN = 280;

/** The evidence's opening, cut at a word so that it reads as a sentence that goes on. */
function opening(text: string): string {
  if (text.length <= EVIDENCE_SHOWN) return text;
  const cut = text.slice(0, EVIDENCE_SHOWN);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : EVIDENCE_SHOWN).trimEnd()}…`;
}

function YouSaidWeDid({ story }: { story: DeliveredStory | null }) {
  return (
    <section aria-labelledby="story-heading">
      <h2 id="story-heading" className="mb-4 text-3xl">
        You said, we did
      </h2>
      {story ? (
        <div className="border-l-4 border-status-delivered pl-4">
          <p className="mb-1 font-bold">You said</p>
          <p className="mb-4">
            <Link prefetch={false} href={`/questions/${story.question.id}`}>
              {story.question.title}
            </Link>{" "}
            ({plural(story.question.supportCount, "supporter")})
          </p>
          <p className="mb-1 font-bold">We did</p>
          <p className="mb-1">
            <Link prefetch={false} href={`/commitments/${story.commitment.id}`}>
              {story.commitment.title}
            </Link>
          </p>
          <p className="mb-2 text-base">
            Delivered by {story.commitment.organisation}
            {story.commitment.deliveredAt ? ` on ${formatDate(story.commitment.deliveredAt)}` : ""}.
          </p>
          {story.commitment.evidence ? <p className="mb-4 text-muted">{opening(story.commitment.evidence)}</p> : null}
          <p>
            <Link prefetch={false} href="/commitments?state=delivered">
              See everything delivered
            </Link>
          </p>
        </div>
      ) : (
        <p>
          No commitments have been delivered yet.{" "}
          <Link prefetch={false} href="/commitments">
            See what the partners have promised
          </Link>
          .
        </p>
      )}
    </section>
  );
}

function NextEvents({ events }: { events: UpcomingEvent[] }) {
  return (
    <section aria-labelledby="events-heading" className="mb-8">
      <h2 id="events-heading" className="mb-4 text-3xl">
        Coming up
      </h2>
      {events.length ? (
        <>
          <ul className="mb-4 space-y-4">
            {events.map((event) => (
              <li key={event.id}>
                <h3 className="text-xl">
                  <Link prefetch={false} href={`/events/${event.id}`}>
                    {event.title}
                  </Link>
                </h3>
                <p className="text-base">
                  {formatDateTime(event.startsAt)}, {event.place}
                </p>
              </li>
            ))}
          </ul>
          <p>
            <Link prefetch={false} href="/events">
              See all events
            </Link>
          </p>
        </>
      ) : (
        <p>
          There are no events planned at the moment.{" "}
          <Link prefetch={false} href="/events">
            See past events and their questions
          </Link>
          .
        </p>
      )}
    </section>
  );
}
