"use client";

import Link from "next/link";

// Never shows the error's message: it may hold internals. The digest lets support find the logged error.
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Sorry, there is a problem with the service</h1>
      <p className="mb-4">Try again later. What you entered has not been saved unless the page said so.</p>
      {error.digest ? <p className="mb-4">If you contact us about this, quote reference {error.digest}.</p> : null}
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
