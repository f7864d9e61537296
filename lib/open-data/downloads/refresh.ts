import "server-only";
import { db } from "@/lib/db";
import { regenerateOpenDataFiles, type GeneratedFile } from "./generate";

/** The regenerate-open-data job: makes every bulk download again from the app's database. */
export function refreshOpenDataFiles(now = new Date()): Promise<GeneratedFile[]> {
  return regenerateOpenDataFiles(db, now);
}
