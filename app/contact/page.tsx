import Link from "next/link";
import { ContactForm } from "@/components/contact/contact-form";
import { WhereToGoInstead } from "@/components/questions/where-to-go-instead";
import { getActor } from "@/lib/auth/actor";
import { FEEDBACK_MESSAGE_MAX, FEEDBACK_TOPICS } from "@/lib/feedback/schemas";
import { feedbackRecipient } from "@/lib/feedback/service";
import { listDistricts } from "@/lib/reference/queries";
import { getWhereToGoInstead } from "@/lib/settings/queries";
import { sendFeedbackAction } from "./actions";

export const metadata = { title: "Contact us and give feedback" };

export default async function ContactPage({ searchParams }: { searchParams: Promise<{ area?: string | string[] }> }) {
  const actor = await getActor();
  const { area } = await searchParams;
  const [guide, districts] = await Promise.all([
    getWhereToGoInstead({ userId: actor?.id ?? null, districtSlug: typeof area === "string" ? area : null }),
    listDistricts(),
  ]);
  const teamEmail = feedbackRecipient();
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-4xl">Contact us and give feedback</h1>
      <p className="mb-4">
        My Smarter Essex is new, and your feedback helps us improve it. Tell us what is not working, what you could not
        use, or what would make it better. Your message goes to the CSES team who run the portal.
      </p>

      <h2 className="mb-2 text-2xl">Ways to reach the CSES team</h2>
      <ul className="mb-8 list-disc space-y-2 pl-6">
        <li>use the form on this page: you do not need an account</li>
        {teamEmail ? (
          <li>
            email <a href={`mailto:${teamEmail}`}>{teamEmail}</a>
          </li>
        ) : null}
        <li>
          about your personal data, see how to use your rights in the <Link href="/privacy">privacy notice</Link>
        </li>
        <li>
          about a problem using the portal with assistive technology, see the{" "}
          <Link href="/accessibility">accessibility statement</Link>
        </li>
      </ul>

      <WhereToGoInstead guide={guide} districts={districts} action="/contact" />

      <h2 className="mb-4 text-2xl">Send us a message</h2>
      <ContactForm action={sendFeedbackAction} topics={FEEDBACK_TOPICS} messageLimit={FEEDBACK_MESSAGE_MAX} />
    </div>
  );
}
