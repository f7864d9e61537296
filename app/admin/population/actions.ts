"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { withFreshProof } from "@/lib/actions/fresh-proof";
import { replacePopulationSchema } from "@/lib/participation/schemas";
import { replacePopulationFigures } from "@/lib/participation/service";

const PAGE = "/admin/population";

/** Replaces the census figures with the uploaded file's, or shows its problems next to the field. */
export const replacePopulationAction = defineFormAction({
  schema: replacePopulationSchema,
  files: ["file"],
  omit: ["file"],
  errorField: "file",
  run: (actor, input) =>
    withFreshProof(PAGE, async () => {
      const { rows } = await replacePopulationFigures(actor, input);
      revalidatePath(PAGE);
      revalidatePath("/taking-part");
      return { message: `Population figures replaced: ${rows} ${rows === 1 ? "row" : "rows"} from the file.` };
    }),
});
