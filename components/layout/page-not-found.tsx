import type { Metadata } from "next";
import Link from "next/link";

/**
 * The title of a page that renders PageNotFound: a screen reader announces the title first, so a page for
 * something that is not there must not keep the title of the page it would have been.
 */
export const PAGE_NOT_FOUND_METADATA = { title: "Page not found", robots: { index: false } } satisfies Metadata;

/** A page's own metadata when what it shows was found, else the not-found page's. */
export function metadataIfFound(found: unknown, metadata: Metadata): Metadata {
  return found ? metadata : PAGE_NOT_FOUND_METADATA;
}

/** The portal's own "Page not found" (the GOV.UK pattern), shared by app/not-found.tsx and pages that know. */
export function PageNotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Page not found</h1>
      <p className="mb-4">If you typed the web address, check it is correct.</p>
      <p className="mb-4">If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
