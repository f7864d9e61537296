import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's folder (two levels above this file). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
