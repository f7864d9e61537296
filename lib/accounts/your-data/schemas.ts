import { z } from "zod";

export const deleteAccountSchema = z.object({
  confirm: z.literal("on", { error: "Tick the box to confirm that you want to delete your account" }),
});
