import Link from "next/link";

export const metadata = { title: "Message sent" };

export default function ContactSentPage() {
  return (
    <div className="max-w-2xl">
      <div className="mb-8 bg-success p-6 text-center text-white">
        <h1 className="text-4xl">Message sent</h1>
      </div>
      <p className="mb-4">Thank you. Your message has reached the CSES team who run My Smarter Essex.</p>
      <p className="mb-4">
        If you gave an email address and your message needs an answer, we will reply to that address.
      </p>
      <p>
        <Link href="/">Go to the home page</Link> or <Link href="/contact">send another message</Link>.
      </p>
    </div>
  );
}
