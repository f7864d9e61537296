import { TagsForm } from "@/components/partner/tags-form";
import type { Actor } from "@/lib/auth/actor";
import { getTagChoices } from "@/lib/tags/queries";
import { setQuestionTagsAction } from "./actions";

/** The triage page's tags section: the themes, and the holding organisation's own tags. */
export async function TagsSection({ questionId, actor }: { questionId: string; actor: Actor }) {
  const choices = await getTagChoices(questionId, actor);
  return (
    <section aria-labelledby="tags-heading" className="mb-10">
      <h2 id="tags-heading" className="mb-4 text-2xl">
        Tags
      </h2>
      {choices ? (
        <TagsForm action={setQuestionTagsAction.bind(null, questionId)} choices={choices} />
      ) : (
        <p>Only members of the organisation holding this question, and CSES administrators, can change its tags.</p>
      )}
    </section>
  );
}
