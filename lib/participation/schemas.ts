import { z } from "zod";
import { FILE_TOO_LARGE } from "@/lib/forms";

/** The admin's upload: the file's text (the action pipeline reads an uploaded file as text). */
export const replacePopulationSchema = z.object({
  file: z
    .string({ error: "Choose a CSV file to upload" })
    .refine((text) => text !== FILE_TOO_LARGE, { message: "The file must be smaller than 64 KB" })
    .refine((text) => text.trim().length > 0, { message: "Choose a CSV file to upload" }),
});
export type ReplacePopulationInput = z.output<typeof replacePopulationSchema>;
