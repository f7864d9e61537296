import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { QuestionForm } from "@/components/questions/question-form";
import { getActor } from "@/lib/auth/actor";
import { getQuestionDetail } from "@/lib/questions/queries";
import { listDistricts } from "@/lib/reference/queries";
import { listActiveThemes } from "@/lib/themes/queries";
import { editQuestionAction } from "./actions";

export const metadata = { title: "Change your question" };

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=/questions/${id}/edit`);
  const question = await getQuestionDetail(id, actor);
  if (!question || !question.viewer.isAuthor) notFound();
  const editability = question.viewer.editability;
  if (!editability.allowed) {
    return (
      <div className="max-w-2xl">
        <h1 className="mb-6 text-4xl">You can no longer change this question</h1>
        <p className="mb-4">{editability.reason}</p>
        <Link href={`/questions/${id}`}>Back to the question</Link>
      </div>
    );
  }
  const [themes, districts] = await Promise.all([listActiveThemes(), listDistricts()]);
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/questions/${id}`}>Back to the question</Link>
      </p>
      <h1 className="mb-6 text-4xl">Change your question</h1>
      <p className="mb-6">
        We keep the earlier wording. If your question is already published, a moderator may check it again.
      </p>
      <QuestionForm
        action={editQuestionAction.bind(null, id)}
        themes={themes}
        districts={districts}
        saved={{
          title: question.title,
          body: question.body,
          themes: question.themes.map((t) => t.slug),
          district: question.district?.slug ?? "",
        }}
        submitLabel="Save changes"
        suggestSimilar={false}
      />
    </div>
  );
}
