// "Which questions may this person see", built once and used by every read of questions.
//
// - Everyone, visitors included: published questions (moderation "approved").
// - A signed-in person: also their own, whatever its moderation state, so an author sees that theirs is
//   waiting or why it was turned down.
// - Moderators and admins: every question in every state, so they can check held, rejected and hidden ones
//   (what they see of its moderation is in lib/moderation/queries.ts, not in the public detail).
// - Lists (browse, search, most supported, similar titles, theme counts) show published questions only, to
//   everyone: they use PUBLISHED, or publishedQuestionSql in raw SQL, which is the same rule.
import { Prisma } from "@/lib/generated/prisma/client";
import { isModerator, type PolicyActor } from "@/lib/auth/policy";
import { PUBLISHED_STATE } from "./policy";

/** Published questions: what every list shows and what anyone may see. */
export const PUBLISHED: Prisma.QuestionWhereInput = { moderation: PUBLISHED_STATE };

/** The questions this person (null: a visitor) may open. Combine with AND, never spread, so keys never clash. */
export function questionVisibleTo(viewer: PolicyActor | null): Prisma.QuestionWhereInput {
  if (!viewer) return PUBLISHED;
  if (isModerator(viewer)) return {};
  return { OR: [PUBLISHED, { authorId: viewer.id }] };
}

/**
 * PUBLISHED for raw SQL over `question` under the given alias. A literal, not a parameter, so the planner
 * sees the constant the (moderation, …) indexes lead with.
 */
export function publishedQuestionSql(alias: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return Prisma.raw(`${alias}.moderation = '${PUBLISHED_STATE}'`);
}
