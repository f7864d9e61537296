import Link from "next/link";

/** A link that leads somewhere important, drawn as a secondary button (GOV.UK's "button as a link"). */
export function ButtonLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-block min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-5 py-2 text-[1.1875rem] font-bold text-ink no-underline hover:bg-button-secondary-hover hover:text-ink"
    >
      {children}
    </Link>
  );
}
