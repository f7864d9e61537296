import Link from "next/link";

/** The GOV.UK phase banner: the service is in beta, and where to say what you think. */
export function PhaseBanner() {
  return (
    <div className="border-b border-line bg-paper print:hidden">
      <p className="mx-auto flex max-w-5xl items-center gap-3 px-4 py-2 text-base">
        <strong className="bg-brand px-2 py-0.5 font-bold tracking-wide text-white uppercase">Beta</strong>
        <span>
          This is a new service. Your{" "}
          <Link prefetch={false} href="/contact">
            feedback
          </Link>{" "}
          will help us to improve it.
        </span>
      </p>
    </div>
  );
}
