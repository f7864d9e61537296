import { holderOf, lockPublishedQuestion } from "@/lib/questions/lock";
import "server-only";
import { db } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import { workspaceAccess } from "@/lib/questions/policy";
import { NO_THEME, PARTNER_TAG_NAME_LIMIT } from "./schemas";

export const THEMES_FROM_THE_LIST = "Select themes from the list";
export const TAGS_FROM_THE_LIST = "Select tags from the list";
export const NO_HOLDER_NO_TAGS =
  "No organisation holds this question yet, so it cannot take an organisation's own tags. Claim it first.";

export interface QuestionTagsChange {
  questionId: string;
  /** Every theme the question should have, by slug: active themes, or retired ones it already has. */
  themes: readonly string[];
  /** Every tag of the holding organisation the question should carry, by id. */
  partnerTagIds: readonly number[];
  /** A tag to create for the holding organisation (or reuse, if it has one by that name) and add. */
  newPartnerTag?: string | null;
}

export interface QuestionTagsResult {
  changed: boolean;
  themes: string[];
  partnerTags: string[];
}

/**
 * Sets a published question's themes (public) and the holding organisation's own tags on it (seen only by
 * that organisation and admins): members of the organisation holding the question, and admins
 * (workspaceAccess). At least one theme stays; a retired theme may stay on a question that has it but is not
 * added anew. A new tag's name is unique per organisation: typing one it already has reuses it.
 */
export async function setQuestionTags(actor: Actor | null, change: QuestionTagsChange): Promise<QuestionTagsResult> {
  requirePermission(actor, "question.tag");
  const { questionId } = change;
  const slugs = [...new Set(change.themes)];
  const tagIds = [...new Set(change.partnerTagIds)];
  const newName = change.newPartnerTag?.trim() || null;
  if (!slugs.length) throw new Invalid(NO_THEME, { themes: NO_THEME });
  if (newName && newName.length > PARTNER_TAG_NAME_LIMIT) {
    const message = `A tag must be ${PARTNER_TAG_NAME_LIMIT} characters or fewer`;
    throw new Invalid(message, { newPartnerTag: message });
  }

  return db.$transaction(async (tx) => {
    // Locked, so two people tagging at once apply one after the other and each audit entry's "before" is true.
    const question = await lockPublishedQuestion(tx, questionId);
    const holder = question.assignment?.organisationId ?? null;
    assertAllowed(workspaceAccess(holderOf(question), actor));

    const current = await tx.questionTheme.findMany({
      where: { questionId },
      select: { theme: { select: { id: true, slug: true } } },
    });
    const currentThemeIds = current.map((c) => c.theme.id);
    const wanted = await tx.theme.findMany({
      where: { slug: { in: slugs }, OR: [{ archivedAt: null }, { id: { in: currentThemeIds } }] },
      select: { id: true, slug: true },
    });
    if (wanted.length !== slugs.length) throw new Invalid(THEMES_FROM_THE_LIST, { themes: THEMES_FROM_THE_LIST });

    if (holder === null && (tagIds.length || newName))
      throw new Invalid(NO_HOLDER_NO_TAGS, { partnerTags: NO_HOLDER_NO_TAGS });
    const chosenTags =
      holder === null
        ? []
        : await tx.partnerTag.findMany({
            where: { id: { in: tagIds }, organisationId: holder },
            select: { id: true },
          });
    if (chosenTags.length !== tagIds.length) throw new Invalid(TAGS_FROM_THE_LIST, { partnerTags: TAGS_FROM_THE_LIST });
    const wantedTagIds = new Set(tagIds);
    if (newName && holder !== null) {
      // The unique key decides, not a read first: a name the organisation already has (typed by a colleague
      // a moment ago, say) is the same tag.
      const [created] = await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO partner_tag (organisation_id, name) VALUES (${holder}, ${newName})
        ON CONFLICT (organisation_id, name) DO UPDATE SET name = EXCLUDED.name
        RETURNING id`;
      wantedTagIds.add(created!.id);
    }

    const currentTags =
      holder === null
        ? []
        : await tx.questionPartnerTag.findMany({
            where: { questionId, tag: { organisationId: holder } },
            select: { tagId: true },
          });
    const currentTagIds = currentTags.map((t) => t.tagId);

    const wantedThemeIds = new Set(wanted.map((t) => t.id));
    const themesOff = currentThemeIds.filter((id) => !wantedThemeIds.has(id));
    const themesOn = [...wantedThemeIds].filter((id) => !currentThemeIds.includes(id));
    const tagsOff = currentTagIds.filter((id) => !wantedTagIds.has(id));
    const tagsOn = [...wantedTagIds].filter((id) => !currentTagIds.includes(id));

    if (themesOff.length) await tx.questionTheme.deleteMany({ where: { questionId, themeId: { in: themesOff } } });
    if (themesOn.length)
      await tx.questionTheme.createMany({ data: themesOn.map((themeId) => ({ questionId, themeId })) });
    if (tagsOff.length) await tx.questionPartnerTag.deleteMany({ where: { questionId, tagId: { in: tagsOff } } });
    if (tagsOn.length)
      await tx.questionPartnerTag.createMany({
        data: tagsOn.map((tagId) => ({ questionId, tagId, taggedById: actor.id })),
      });

    const names = async (ids: Iterable<number>) =>
      (await tx.partnerTag.findMany({ where: { id: { in: [...ids] } }, select: { name: true } }))
        .map((t) => t.name)
        .sort();
    const before = { themes: current.map((c) => c.theme.slug).sort(), partnerTags: await names(currentTagIds) };
    const after = { themes: wanted.map((t) => t.slug).sort(), partnerTags: await names(wantedTagIds) };
    const changed = themesOff.length + themesOn.length + tagsOff.length + tagsOn.length > 0;
    if (changed)
      await recordAudit(tx, {
        actorId: actor.id,
        action: "question.tag",
        targetType: "question",
        targetId: questionId,
        before: { ...before, organisationId: holder },
        after: { ...after, organisationId: holder },
      });
    return { changed, ...after };
  });
}
