import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-wash print:hidden">
      <div className="mx-auto max-w-5xl px-4 py-8 text-base">
        <h2 className="sr-only">Support links</h2>
        <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link prefetch={false} href="/events">
              Events: workshops and public meetings
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/commitments">
              You said, we did
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/partners">
              How partners are doing
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/contact">
              Contact us and give feedback
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/accessibility">
              Accessibility statement
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/privacy">
              Privacy notice
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/cookies">
              Cookies
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/house-rules">
              House rules
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/taking-part">
              Who is taking part
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/developers">
              Open data and the API
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/learn">
              What is a smart city?
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/teachers">
              For teachers
            </Link>
          </li>
        </ul>
        <p className="text-muted">
          My Smarter Essex is run by CSES, the partnership that brings Essex County Council, Anglia Ruskin University
          and local engineering industry together to answer residents&apos; questions. It is not the place to report a
          fault or an emergency:{" "}
          <Link prefetch={false} href="/contact">
            find out where to go instead
          </Link>
          .
        </p>
      </div>
    </footer>
  );
}
