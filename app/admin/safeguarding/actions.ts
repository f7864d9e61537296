"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { closeConcernSchema } from "@/lib/safeguarding/schemas";
import { closeSafeguardingConcern } from "@/lib/safeguarding/service";

export const closeConcernAction = defineFormAction({
  schema: closeConcernSchema,
  hiddenFields: { concernId: "We could not find that concern. Go back to the list." },
  errorField: "closingNote",
  async run(actor, input) {
    await closeSafeguardingConcern(actor, input);
    revalidatePath("/admin/safeguarding");
    return { redirectTo: `/admin/safeguarding/${input.concernId}?closed=1` };
  },
});
