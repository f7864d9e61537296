import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-wash">
      <div className="mx-auto max-w-5xl px-4 py-8 text-base">
        <h2 className="sr-only">Support links</h2>
        <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/events">Events: workshops and public meetings</Link>
          </li>
          <li>
            <Link href="/commitments">You said, we did</Link>
          </li>
          <li>
            <Link href="/partners">How partners are doing</Link>
          </li>
          <li>
            <Link href="/contact">Contact us and give feedback</Link>
          </li>
          <li>
            <Link href="/accessibility">Accessibility statement</Link>
          </li>
          <li>
            <Link href="/privacy">Privacy notice</Link>
          </li>
          <li>
            <Link href="/house-rules">House rules</Link>
          </li>
          <li>
            <Link href="/taking-part">Who is taking part</Link>
          </li>
          <li>
            <Link href="/developers">Open data and the API</Link>
          </li>
        </ul>
        <p className="text-muted">
          My Smarter Essex is run by CSES, the partnership that brings Essex County Council, Anglia Ruskin University
          and local engineering industry together to answer residents&apos; questions. It is not the place to report a
          fault or an emergency: <Link href="/contact">find out where to go instead</Link>.
        </p>
      </div>
    </footer>
  );
}
