import Link from "next/link";
import { connection } from "next/server";
import { DocumentTitle } from "@/components/layout/document-title";

const TITLE = "You are not allowed to see this page";

export const metadata = { title: TITLE };

export default async function Forbidden() {
  await connection();
  return (
    <div className="max-w-2xl">
      {/* The layout's title template, written out: this title is set in the browser, not by Next's metadata. */}
      <DocumentTitle title={`${TITLE} – My Smarter Essex`} />
      <h1 className="mb-6 text-4xl">{TITLE}</h1>
      <p className="mb-4">This page is only for people with a particular role, such as CSES administrators.</p>
      <p>
        If you think you should have access, contact the CSES team. <Link href="/">Go to the home page</Link>.
      </p>
    </div>
  );
}
