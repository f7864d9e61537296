// Demo support for the priorities dashboard: 220 supporters spread across districts, age bands and "I am a…"
// answers in exact numbers (prisma/seed-data/demo-support.ts), each backing a few published questions at times
// spread over the past twelve months with a week-to-week rhythm. Every support goes in through the statement
// supporting a question uses (lib/questions/service.ts): a plain INSERT into vote (so triggers on vote see it) and,
// in the same statement, the question's stored support count and trending score raised by exactly the rows
// inserted. Stable ids and ON CONFLICT DO NOTHING: a second run adds nothing and changes no count.
import { Prisma, type PrismaClient } from "../lib/generated/prisma/client";
import type { AgeBand, ParticipantType } from "../lib/generated/prisma/enums";
import { generateDisplayName } from "../lib/accounts/display-name";
import { voteWeightSql } from "../lib/votes/trending";
import {
  ADULT_SUPPORTERS_BY_TYPE,
  DEMO_SUPPORTER_COUNT,
  SUPPORTERS_BY_AGE_BAND,
  SUPPORTERS_BY_DISTRICT,
  SUPPORTS_PER_SUPPORTER,
} from "./seed-data/demo-support";

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;
const YEAR_DAYS = 365;

type Picker = (n: number) => number;

/** Each key as many times as its count, then shuffled with the picker (Fisher–Yates): exact totals, mixed order. */
function shuffledCounts<K extends string>(counts: Record<K, number>, pick: Picker): K[] {
  const items = (Object.entries(counts) as [K, number][]).flatMap(([key, n]) => Array<K>(n).fill(key));
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = pick(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

interface Supporter {
  id: string;
  districtSlug: string | null;
}

async function seedSupporters(
  db: PrismaClient,
  seedId: (kind: string, key: string) => string,
  seededPicker: (key: string) => Picker,
  now: number,
): Promise<Supporter[]> {
  const districtIds = new Map(
    (await db.district.findMany({ select: { slug: true, id: true } })).map((d) => [d.slug, d.id]),
  );
  const said = Object.values<number>(SUPPORTERS_BY_DISTRICT).reduce((a, b) => a + b, 0);
  const districts = shuffledCounts(
    { ...SUPPORTERS_BY_DISTRICT, unsaid: DEMO_SUPPORTER_COUNT - said },
    seededPicker("supporter-districts"),
  );
  const bands = shuffledCounts(SUPPORTERS_BY_AGE_BAND, seededPicker("supporter-bands"));
  const adultTypes = shuffledCounts(ADULT_SUPPORTERS_BY_TYPE, seededPicker("supporter-types"));
  if (districts.length !== DEMO_SUPPORTER_COUNT || bands.length !== DEMO_SUPPORTER_COUNT) {
    throw new Error("Demo supporters: each breakdown must add up to DEMO_SUPPORTER_COUNT");
  }

  const supporters: Supporter[] = [];
  const rows: Prisma.UserCreateManyInput[] = [];
  for (let n = 1; n <= DEMO_SUPPORTER_COUNT; n += 1) {
    const key = `supporter-${n}`;
    const id = seedId("user", key);
    const pick = seededPicker(key);
    const districtSlug = districts[n - 1] === "unsaid" ? null : districts[n - 1]!;
    const band = bands[n - 1]!;
    const ageBand: AgeBand | null = band === "unsaid" ? null : band;
    // Under 18s are at school or college; the adults' answers come from the list, in order.
    const child = ageBand === "under_16" || ageBand === "age_16_17";
    const type = child ? "student" : adultTypes.shift();
    if (type === undefined) throw new Error("Demo supporters: the adults' 'I am a…' counts are too few");
    const participantType: ParticipantType | null = type === "unsaid" ? null : type;
    // Joined a little over a year ago, before the first support they give.
    const joinedAt = new Date(now - (YEAR_DAYS + 5 + pick(30)) * DAY);
    supporters.push({ id, districtSlug });
    rows.push({
      id,
      email: `supporter${n}@example.com`,
      emailVerifiedAt: joinedAt,
      displayName: generateDisplayName(pick),
      districtId: districtSlug ? districtIds.get(districtSlug)! : null,
      ageBand,
      participantType,
      createdAt: joinedAt,
    });
  }
  if (adultTypes.length) throw new Error("Demo supporters: the adults' 'I am a…' counts are too many");
  await db.user.createMany({ data: rows, skipDuplicates: true });
  return supporters;
}

/**
 * How busy each week of the past year was (0–100), counted back from this week: a steady base, a slow swell and
 * a few busy weeks (a news story, a consultation), so the weekly trend is not flat.
 */
function weekActivity(week: number, seededPicker: (key: string) => Picker): number {
  const swell = 20 * (1 + Math.sin(week / 4.5));
  const noise = seededPicker(`support-week:${week}`)(25);
  const busy = [3, 11, 19, 30, 41].includes(week) ? 35 : 0;
  return Math.min(100, 20 + swell + noise + busy);
}

export async function seedDemoSupport(
  db: PrismaClient,
  refs: { now: number },
  seedId: (kind: string, key: string) => string,
  seededPicker: (key: string) => Picker,
): Promise<void> {
  const { now } = refs;
  const supporters = await seedSupporters(db, seedId, seededPicker, now);
  // Questions that take support: published and not merged into another (lib/questions/policy.ts supportOpen).
  const questions = await db.question.findMany({
    where: { moderation: "approved", status: { not: "merged" }, publishedAt: { not: null } },
    orderBy: { id: "asc" },
    select: { id: true, publishedAt: true, authorId: true, district: { select: { slug: true } } },
  });
  if (!questions.length) return;
  const byDistrict = new Map<string, typeof questions>();
  for (const q of questions) {
    if (!q.district) continue;
    byDistrict.set(q.district.slug, [...(byDistrict.get(q.district.slug) ?? []), q]);
  }
  const supportCounts = shuffledCounts(
    Object.fromEntries(SUPPORTS_PER_SUPPORTER.map(([supports, people]) => [String(supports), people])),
    seededPicker("supporter-supports"),
  );
  const yearAgo = now - YEAR_DAYS * DAY;
  const userIds: string[] = [];
  const questionIds: string[] = [];
  const times: string[] = [];
  supporters.forEach((supporter, i) => {
    // Which questions from one stream and when from another, so the choice never depends on today's date and a
    // second run picks the same questions (and inserts nothing).
    const pickQuestion = seededPicker(`support:${supporter.id}`);
    const pickTime = seededPicker(`support-time:${supporter.id}`);
    const wanted = Math.min(Number(supportCounts[i] ?? 1), questions.length);
    const local = supporter.districtSlug ? (byDistrict.get(supporter.districtSlug) ?? []) : [];
    const chosen = new Set<string>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 10; attempt += 1) {
      // Most people back something in their own district; the rest whatever caught their eye.
      const pool = local.length && pickQuestion(100) < 55 ? local : questions;
      const question = pool[pickQuestion(pool.length)]!;
      if (chosen.has(question.id) || question.authorId === supporter.id) continue;
      chosen.add(question.id);
      const from = Math.max(question.publishedAt!.getTime(), yearAgo) + 60 * 60 * 1000;
      const until = now - 60 * 60 * 1000;
      if (until <= from) continue;
      // A time after it was published, more often in a busy week.
      let at = from;
      for (let tries = 0; tries < 12; tries += 1) {
        at = from + pickTime(Math.floor((until - from) / 60_000)) * 60_000 + pickTime(60_000);
        if (pickTime(100) < weekActivity(Math.floor((now - at) / WEEK), seededPicker)) break;
      }
      userIds.push(supporter.id);
      questionIds.push(question.id);
      times.push(new Date(at).toISOString());
    }
  });

  // As supporting does: insert the supports (skipping any already there) and raise each question's stored count
  // and trending score by exactly what was inserted, in one statement.
  await db.$executeRaw`
    WITH inserted AS (
      INSERT INTO vote (user_id, question_id, created_at)
      SELECT v.user_id, v.question_id, v.created_at::timestamp(3)
      FROM unnest(${userIds}::uuid[], ${questionIds}::uuid[], ${times}::text[]) AS v(user_id, question_id, created_at)
      ON CONFLICT DO NOTHING RETURNING question_id, created_at
    ), totals AS (
      SELECT question_id, count(*)::int AS supports, sum(${voteWeightSql(Prisma.sql`created_at`)}) AS weight
      FROM inserted GROUP BY question_id
    )
    UPDATE question q
    SET support_count = q.support_count + t.supports, trending_score = q.trending_score + t.weight
    FROM totals t WHERE q.id = t.question_id`;
}
