import { redirect } from "next/navigation";
import { AccountQuestionPageView } from "@/components/questions/account-question-page";
import { getActor } from "@/lib/auth/actor";
import { listSupportedQuestions } from "@/lib/questions/account-lists";

export const metadata = { title: "Questions you support" };

export default async function SupportedQuestionsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/account/supported");
  const { after } = await searchParams;
  const page = await listSupportedQuestions(actor.id, typeof after === "string" ? after : undefined);
  return (
    <AccountQuestionPageView
      title="Questions you support"
      path="/account/supported"
      page={page}
      when="Supported"
      empty="You do not support any questions yet."
      isFirstPage={!after}
    />
  );
}
