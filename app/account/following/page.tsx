import { redirect } from "next/navigation";
import { AccountQuestionPageView } from "@/components/questions/account-question-page";
import { getActor } from "@/lib/auth/actor";
import { listFollowedQuestions } from "@/lib/follows/queries";

export const metadata = { title: "Questions you follow" };

export default async function FollowingPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/account/following");
  const { after } = await searchParams;
  const page = await listFollowedQuestions(actor.id, typeof after === "string" ? after : undefined);
  return (
    <AccountQuestionPageView
      title="Questions you follow"
      path="/account/following"
      page={page}
      when="Followed"
      empty="You do not follow any questions yet."
      isFirstPage={!after}
    />
  );
}
