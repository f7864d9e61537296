import { z } from "zod";

export const deleteAccountSchema = z.object({
  confirm: z.literal("on", { error: "Tick the box to confirm that you want to delete your account" }),
  /** Also replace the words of the person's questions and comments (a checkbox: "on" when ticked). */
  removeText: z
    .literal("on", { error: "Choose whether to remove the words of your questions and comments" })
    .optional()
    .transform((ticked) => ticked === "on"),
});
