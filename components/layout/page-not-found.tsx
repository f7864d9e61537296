import Link from "next/link";

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
