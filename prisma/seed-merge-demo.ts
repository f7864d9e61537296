// Pairs of published questions that ask the same thing in other words, for partners to merge in the demo and the
// end-to-end test: each in the pool, each with supporters, some of whom support both (a merge counts them once).
import { Prisma, type PrismaClient } from "../lib/generated/prisma/client";
import { voteWeightSql } from "../lib/votes/trending";
import type { SeedQuestion } from "./seed-data/questions";

interface MergePair {
  kept: SeedQuestion;
  duplicate: SeedQuestion;
  /** How many of the kept question's supporters support the duplicate too. */
  supportBoth: number;
}

export const MERGE_DEMO_PAIRS: MergePair[] = [
  {
    kept: {
      key: "refuse-vehicles-block-moulsham-street",
      title: "Refuse collection vehicles block Moulsham Street at rush hour",
      body:
        "On collection days the refuse collection vehicles work their way down Moulsham Street between eight and nine in the morning, just when the buses and the school traffic are at their worst. Everything stops behind them for several minutes at a time, and the buses into the city centre run late all morning.\n\n" +
        "Could collections on Moulsham Street and the roads around it start earlier, or move to the middle of the day, as some towns have done for their busiest streets?",
      themes: ["waste-and-recycling", "transport-and-mobility"],
      district: "chelmsford",
      author: "resident-5",
      daysAgo: 40,
      moderation: "approved",
      status: "open",
      supporters: 9,
    },
    duplicate: {
      key: "bin-lorries-blocking-moulsham-street",
      title: "When will the bin lorries stop blocking Moulsham Street in the morning?",
      body:
        "Every Tuesday the bin lorries stop in the middle of Moulsham Street at about half past eight, and the queue behind them goes back past the school. I cycle to work and have to squeeze past them on the wrong side of the road.\n\n" +
        "Is there a plan to collect the bins on this street at a quieter time of day?",
      themes: ["waste-and-recycling"],
      district: "chelmsford",
      author: "resident-23",
      daysAgo: 12,
      moderation: "approved",
      status: "open",
      supporters: 5,
    },
    supportBoth: 3,
  },
  {
    kept: {
      key: "broken-lighting-columns-colchester-cycle-paths",
      title: "Could broken lighting columns on Colchester cycle paths be fixed faster?",
      body:
        "Several lighting columns along the cycle paths between the university and the town centre in Colchester have been out for weeks at a time this autumn. Riding home after a late lecture along a dark path is frightening, and I have nearly hit pedestrians I could not see.\n\n" +
        "Could the council report faults on these paths automatically, with smart lighting that tells them when a column fails, and fix them within a few days?",
      themes: ["transport-and-mobility", "community-safety"],
      district: "colchester",
      author: "resident-11",
      daysAgo: 55,
      moderation: "approved",
      status: "open",
      supporters: 8,
    },
    duplicate: {
      key: "broken-lamp-posts-colchester-cycle-paths",
      title: "Why do broken lamp posts on the Colchester cycle paths stay dark for weeks?",
      body:
        "The lamp posts along the cycle path near the Hythe have been broken since October and nobody seems to know about it. I walk my dog there in the evening and it is pitch black for a long stretch.\n\n" +
        "Who is responsible for these lights, and how long should a repair take once it has been reported?",
      themes: ["community-safety"],
      district: "colchester",
      author: "resident-30",
      daysAgo: 9,
      moderation: "approved",
      status: "open",
      supporters: 4,
    },
    supportBoth: 2,
  },
];

/**
 * Writes the pairs through the seed's own question writer (`seedQuestion`, which leaves an existing question
 * alone), then has `supportBoth` of each kept question's supporters support its duplicate too, keeping its stored
 * count and trending score equal to a recount. Idempotent: the votes are keyed, and a duplicate already merged
 * (in the demo) is left as the merge left it.
 */
export async function seedMergeDemo(
  db: PrismaClient,
  seedQuestion: (q: SeedQuestion) => Promise<void>,
  seedId: (kind: string, key: string) => string,
): Promise<void> {
  for (const pair of MERGE_DEMO_PAIRS) {
    await seedQuestion(pair.kept);
    await seedQuestion(pair.duplicate);
    const keptId = seedId("question", pair.kept.key);
    const duplicateId = seedId("question", pair.duplicate.key);
    await db.$transaction(async (tx) => {
      const open = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM question WHERE id = ${duplicateId}::uuid AND status = 'open' AND moderation = 'approved' FOR UPDATE`;
      if (!open.length) return;
      // Once the pair shares its supporters, a later run adds none: the kept question gains other supporters (the
      // demo support block) after the first run, so "its first N supporters" would name new people.
      const [shared] = await tx.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM vote k JOIN vote d ON d.user_id = k.user_id AND d.question_id = ${duplicateId}::uuid
        WHERE k.question_id = ${keptId}::uuid`;
      if (shared!.n >= pair.supportBoth) return;
      await tx.$executeRaw`
        INSERT INTO vote (user_id, question_id, created_at)
        SELECT v.user_id, ${duplicateId}::uuid, greatest(v.created_at, d.created_at)
        FROM vote v JOIN question d ON d.id = ${duplicateId}::uuid
        WHERE v.question_id = ${keptId}::uuid AND v.user_id <> d.author_id
        ORDER BY v.user_id LIMIT ${pair.supportBoth}
        ON CONFLICT DO NOTHING`;
      await tx.$executeRaw`
        UPDATE question q SET support_count = c.supporters, trending_score = c.score
        FROM (SELECT count(*)::int AS supporters,
                     coalesce(sum(${voteWeightSql(Prisma.sql`created_at`)}), 0) AS score
              FROM vote WHERE question_id = ${duplicateId}::uuid) c
        WHERE q.id = ${duplicateId}::uuid`;
    });
  }
}
