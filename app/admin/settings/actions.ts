"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { withFreshProof } from "@/lib/actions/fresh-proof";
import { formatDate } from "@/lib/format";
import {
  addBankHolidaySchema,
  removeBankHolidaySchema,
  saveSettingSchema,
  savedMessage,
} from "@/lib/settings/form-input";
import { addBankHoliday, removeBankHoliday, updateSetting } from "@/lib/settings/service";

const PAGE = "/admin/settings";

/** Saves the one setting the form names (its hidden `setting` field); the banner says which, and whether it changed. */
export const saveSettingAction = defineFormAction({
  schema: saveSettingSchema,
  run: (actor, input) =>
    withFreshProof(PAGE, async () => {
      const { changed } = await updateSetting(actor, input);
      revalidatePath(PAGE);
      return { message: savedMessage(input, changed) };
    }),
});

export const addBankHolidayAction = defineFormAction({
  schema: addBankHolidaySchema,
  errorField: "holidayDate",
  run: (actor, input) =>
    withFreshProof(PAGE, async () => {
      await addBankHoliday(actor, input);
      revalidatePath(PAGE);
      return { message: `Bank holiday added: ${input.name}, ${formatDate(input.date)}.` };
    }),
});

export const removeBankHolidayAction = defineFormAction({
  schema: removeBankHolidaySchema,
  hiddenFields: { date: "That bank holiday could not be found. Reload the page and try again." },
  run: (actor, input) =>
    withFreshProof(PAGE, async () => {
      const { name } = await removeBankHoliday(actor, input);
      revalidatePath(PAGE);
      return { message: `Bank holiday removed: ${name}, ${formatDate(input.date)}.` };
    }),
});
