import Link from "next/link";
import type { AccountQuestionPage } from "@/lib/questions/account-lists";
import { AccountQuestionList } from "./account-question-list";

/** One page of a full account list ("see all"), with the links between pages. */
export function AccountQuestionPageView({
  title,
  path,
  page,
  when,
  empty,
  isFirstPage,
}: {
  title: string;
  path: string;
  page: AccountQuestionPage;
  when: "Asked" | "Supported" | "Followed";
  empty: string;
  isFirstPage: boolean;
}) {
  return (
    <div className="max-w-2xl">
      <p className="mb-6">
        <Link href="/account">Back to your account</Link>
      </p>
      <h1 className="mb-6 text-4xl">{title}</h1>
      {page.items.length ? <AccountQuestionList questions={page.items} when={when} label={title} /> : <p>{empty}</p>}
      <nav aria-label={`Pages of ${title.toLowerCase()}`} className="mt-8 flex flex-wrap gap-6">
        {!isFirstPage ? <Link href={path}>First page</Link> : null}
        {page.next ? (
          <Link href={`${path}?after=${encodeURIComponent(page.next)}`} rel="next">
            Next page<span className="sr-only"> of {title.toLowerCase()}</span>
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
