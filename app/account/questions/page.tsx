import { redirect } from "next/navigation";
import { AccountQuestionPageView } from "@/components/questions/account-question-page";
import { getActor } from "@/lib/auth/actor";
import { listOwnQuestions } from "@/lib/questions/account-lists";

export const metadata = { title: "Your questions" };

export default async function OwnQuestionsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/account/questions");
  const { after } = await searchParams;
  const page = await listOwnQuestions(actor.id, typeof after === "string" ? after : undefined);
  return (
    <AccountQuestionPageView
      title="Your questions"
      path="/account/questions"
      page={page}
      when="Asked"
      empty="You have not asked a question yet."
      isFirstPage={!after}
    />
  );
}
