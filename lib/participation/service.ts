import "server-only";
import { db } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { requireFreshProof } from "@/lib/accounts/sessions";
import { recordAudit } from "@/lib/audit/service";
import { populationProblemsMessage } from "./population-csv";
import { parsePopulationFor, replacePopulation } from "./population";
import type { ReplacePopulationInput } from "./schemas";

// An administrator replaces the census population figures with an uploaded file of the same shape as the
// shipped one. A file with any problem changes nothing; a good one replaces the whole set in one transaction,
// with one audit row holding the figures before and after.

export async function replacePopulationFigures(
  actor: Actor | null,
  input: ReplacePopulationInput,
): Promise<{ rows: number }> {
  requirePermission(actor, "population.manage");
  requireFreshProof(actor);
  return db.$transaction(async (tx) => {
    // One replacement at a time, so each audit row's "before" is the set it replaced.
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext('census_population'))) AS taken`;
    const { parsed, districts } = await parsePopulationFor(tx, input.file);
    if (!parsed.ok) throw new Invalid("The file has problems", { file: populationProblemsMessage(parsed.problems) });
    const before = await tx.censusPopulation.findMany({
      select: { usualResidents: true, ageBand: true, district: { select: { slug: true } } },
    });
    const rows = await replacePopulation(tx, parsed.rows, districts);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "population.replace",
      targetType: "census_population",
      targetId: "all",
      before: Object.fromEntries(before.map((r) => [r.district?.slug ?? r.ageBand!, r.usualResidents])),
      after: Object.fromEntries(parsed.rows.map((r) => [r.code, r.usualResidents])),
    });
    return { rows };
  });
}
