"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { withFreshProof } from "@/lib/actions/fresh-proof";
import { createTheme, restoreTheme, retireTheme, updateTheme } from "@/lib/themes/service";
import { themeIdSchema, themeSchema, updateThemeSchema } from "@/lib/themes/schemas";

const LIST = "/admin/themes";
const pageOf = (id: number) => `${LIST}/${id}`;

/** Adds the theme and opens its page, which says it was added. */
export const createThemeAction = defineFormAction({
  schema: themeSchema,
  run: (actor, input) =>
    withFreshProof(LIST, async () => {
      const { id } = await createTheme(actor, input);
      revalidatePath(LIST);
      return { redirectTo: `${pageOf(id)}?created=1` };
    }),
});

/** Renames the theme or changes its description; its id is bound on the server by the page. */
export const updateThemeAction = defineFormAction({
  schema: updateThemeSchema,
  args: ["themeId"],
  run: (actor, input) =>
    withFreshProof(pageOf(input.themeId), async () => {
      await updateTheme(actor, input);
      revalidatePath(LIST, "layout");
      return { message: "Changes saved." };
    }),
});

export const retireThemeAction = defineFormAction({
  schema: themeIdSchema,
  args: ["themeId"],
  run: (actor, input) =>
    withFreshProof(pageOf(input.themeId), async () => {
      await retireTheme(actor, input);
      revalidatePath(LIST, "layout");
      return { message: "Theme retired. Questions that have it keep it; it is no longer offered for new ones." };
    }),
});

export const restoreThemeAction = defineFormAction({
  schema: themeIdSchema,
  args: ["themeId"],
  run: (actor, input) =>
    withFreshProof(pageOf(input.themeId), async () => {
      await restoreTheme(actor, input);
      revalidatePath(LIST, "layout");
      return { message: "Theme brought back. It is offered for new questions again." };
    }),
});
