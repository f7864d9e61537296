import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { QuestionForm } from "@/components/questions/question-form";
import { getActor } from "@/lib/auth/actor";
import { getQuestionDetail } from "@/lib/questions/queries";
import { listDistricts } from "@/lib/reference/queries";
import { listThemesForEditing } from "@/lib/themes/queries";
import { editQuestionAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

/** The question if the signed-in person is its author; otherwise null (read once per request: both are cached). */
async function ownQuestion(id: string) {
  const actor = await getActor();
  const question = actor ? await getQuestionDetail(id, actor) : null;
  return question?.viewer.isAuthor ? question : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!(await getActor()) || (await ownQuestion(id))) return { title: "Change your question" };
  return PAGE_NOT_FOUND_METADATA;
}

export default async function EditQuestionPage({ params }: Props) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=/questions/${id}/edit`);
  const question = await ownQuestion(id);
  // Not notFound(): in a production build that is an empty page without JavaScript (see ../page.tsx).
  if (!question) return <PageNotFound />;
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
  const [themes, districts] = await Promise.all([
    listThemesForEditing(question.themes.map((t) => t.slug)),
    listDistricts(),
  ]);
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
