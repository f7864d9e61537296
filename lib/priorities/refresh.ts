import "server-only";
import { db } from "@/lib/db";
import type { PrioritiesDashboard } from "./dashboard";
import { refreshSnapshotsWith } from "./snapshots";

/** The refresh-priorities job: works out the preset periods' dashboards again and stores them. No reader. */
export function refreshPrioritiesSnapshots(now = new Date()): Promise<PrioritiesDashboard[]> {
  return refreshSnapshotsWith(db, now);
}
