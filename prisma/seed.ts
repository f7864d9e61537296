// npm run db:seed — demo data for development and the end-to-end tests. Idempotent: every row has a stable
// id derived from its key, so a second run finds everything in place and changes nothing.
// With --if-empty it does nothing on a database that was seeded before (npm run dev uses that).
import { createHash } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../lib/generated/prisma/client";
import type { AgeBand, QuestionStatus } from "../lib/generated/prisma/enums";
import { hasChildProtections } from "../lib/accounts/age";
import { generateDisplayName } from "../lib/accounts/display-name";
import { COUNCIL_CONTACTS_KEY, DEFAULT_COUNCIL_CONTACTS } from "../lib/settings/contact-routes";
import { checkStatusTransition } from "../lib/questions/status";
import { questionAnsweredMessages, statusChangedMessages } from "../lib/notifications/messages";
import { addWorkingDays, DEFAULT_RESPONSE_WORKING_DAYS } from "../lib/triage/working-days";
import { trendingWeight } from "../lib/votes/trending";
import { demoSeedRefusal, READ_DEMO_MARK_SQL } from "../scripts/lib/demo-database";
import { screenPublicName, screenSubmission } from "../lib/moderation/screening/screen-submission";
import type { ScreeningRule } from "../lib/moderation/screening-rules";
import { seedAnswerTemplates } from "./seed-answer-templates";
import { seedDeliveryChecks } from "./seed-delivery-checks";
import { seedCensusPopulation } from "./seed-census-population";
import { seedDemoSupport } from "./seed-demo-support";
import { earlierQuestions } from "./seed-data/demo-support";
import { scorecardHistory } from "./seed-data/scorecard-history";
import { seedMergeDemo } from "./seed-merge-demo";
import { seedCommitmentsDemo } from "./seed-commitments";
import { seedEventsDemo } from "./seed-events";
import { coolDown, newcomer, pendingPublicName } from "./seed-data/moderation";
import { seedQuestions, type AuthorKey, type PartnerKey, type SeedQuestion } from "./seed-data/questions";
import {
  bankHolidays,
  DEMO_PASSWORD,
  DEMO_RESIDENT_COUNT,
  demoAccounts,
  districts,
  organisations,
  themes,
} from "./seed-data/reference";

const SEEDED_MARKER = "demo_seeded_at";
/** The first-posts setting's default (lib/settings/moderation.ts, which is server-only so not importable here). */
const DEFAULT_FIRST_POSTS = 1;
const DAY = 24 * 60 * 60 * 1000;

/** A stable UUID for a seeded row, from its kind and key. */
function seedId(kind: string, key: string): string {
  const h = createHash("sha256").update(`my-smarter-essex:${kind}:${key}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A deterministic stream of integers, so generated names and dates are the same on every run. */
function seededPicker(key: string) {
  let counter = 0;
  return (n: number) => {
    const h = createHash("sha256").update(`${key}:${counter++}`).digest();
    return h.readUInt32BE(0) % n;
  };
}

/** The statuses a question passes through to reach its seeded status. */
function statusPath(status: QuestionStatus): QuestionStatus[] {
  switch (status) {
    case "open":
      return ["open"];
    case "under_review":
      return ["open", "under_review"];
    case "answered":
      return ["open", "under_review", "answered"];
    case "planned":
      return ["open", "under_review", "answered", "planned"];
    case "in_progress":
      return ["open", "under_review", "answered", "planned", "in_progress"];
    case "delivered":
      return ["open", "under_review", "answered", "in_progress", "delivered"];
    case "declined":
      return ["open", "under_review", "declined"];
    case "merged":
      return ["open", "merged"];
  }
}

const PARTNER_ORGANISATION: Record<PartnerKey, string> = {
  "ecc-officer": "essex-county-council",
  "ecc-lead": "essex-county-council",
  "aru-researcher": "anglia-ruskin-university",
  "industry-engineer": "estuary-engineering",
};

async function seedReferenceData(db: PrismaClient) {
  for (const [position, d] of districts.entries()) {
    await db.district.upsert({ where: { slug: d.slug }, create: { ...d, position }, update: {} });
  }
  for (const [position, t] of themes.entries()) {
    await db.theme.upsert({ where: { slug: t.slug }, create: { ...t, position }, update: {} });
  }
  for (const o of organisations) {
    await db.organisation.upsert({ where: { slug: o.slug }, create: o, update: {} });
  }
  await db.bankHoliday.createMany({
    data: bankHolidays.map((h) => ({ date: new Date(`${h.date}T00:00:00Z`), name: h.name })),
    skipDuplicates: true,
  });
  await db.setting.createMany({
    data: [
      { key: "flag_threshold", value: 3 },
      { key: COUNCIL_CONTACTS_KEY, value: DEFAULT_COUNCIL_CONTACTS },
    ],
    skipDuplicates: true,
  });
}

async function seedAccounts(db: PrismaClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const passwordHash = await hash(DEMO_PASSWORD);
  const organisationIds = new Map((await db.organisation.findMany()).map((o) => [o.slug, o.id]));
  const verifiedAt = new Date(Date.UTC(2025, 8, 1));

  for (const account of demoAccounts) {
    const id = seedId("user", account.key);
    ids.set(account.key, id);
    await db.user.upsert({
      where: { id },
      create: {
        id,
        email: account.email,
        emailVerifiedAt: verifiedAt,
        passwordHash,
        displayName: account.displayName,
        platformRole: account.platformRole,
        ageBand: account.ageBand,
        participantType: account.participantType,
        emailNotifications: !hasChildProtections(account),
        createdAt: verifiedAt,
      },
      update: {},
    });
    if (account.membership) {
      await db.organisationMembership.upsert({
        where: {
          userId_organisationId: { userId: id, organisationId: organisationIds.get(account.membership.organisation)! },
        },
        create: {
          userId: id,
          organisationId: organisationIds.get(account.membership.organisation)!,
          role: account.membership.role,
        },
        update: {},
      });
    }
  }

  // Generic residents who ask, support and comment. They have no password (they could sign in by email link).
  const districtIds = (await db.district.findMany({ orderBy: { position: "asc" } })).map((d) => d.id);
  const bands = ["age_16_17", "age_18_24", "age_25_44", "age_45_64", "age_65_plus"] as const;
  const residents: Prisma.UserCreateManyInput[] = [];
  for (let n = 1; n <= DEMO_RESIDENT_COUNT; n += 1) {
    const key = `resident-${n}`;
    const id = seedId("user", key);
    ids.set(key, id);
    const pick = seededPicker(key);
    residents.push({
      id,
      email: `resident${n}@example.com`,
      emailVerifiedAt: verifiedAt,
      displayName: generateDisplayName(pick),
      districtId: districtIds[pick(districtIds.length)],
      ageBand: bands[pick(bands.length)],
      participantType: "resident",
      createdAt: verifiedAt,
    });
  }
  await db.user.createMany({ data: residents, skipDuplicates: true });
  // A moderator's cool-down on one resident (a second run finds it set and leaves it alone).
  await db.user.updateMany({
    where: { id: ids.get(coolDown.resident)!, postsHeldUntil: null },
    data: { postsHeldUntil: new Date(Date.now() + coolDown.days * DAY) },
  });
  return ids;
}

/**
 * How many posts of each author the demo has published (questions and comments on published questions), for
 * the screening rule on first posts: a seeded held question is held for the reasons screenSubmission gives.
 */
function approvedPostsInSeed(): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (author: string) => counts.set(author, (counts.get(author) ?? 0) + 1);
  for (const q of seedQuestions) {
    if (q.moderation !== "approved") continue;
    add(q.author);
    for (const c of q.comments ?? []) {
      add(c.author);
      for (const r of c.replies ?? []) add(r.author);
    }
  }
  return counts;
}
const APPROVED_POSTS = approvedPostsInSeed();

/** The rules the screen gives a seeded held question: it must have at least one, or it would not be waiting. */
function seededScreeningRules(q: SeedQuestion, ageBand: AgeBand | null, postsHeldUntil: Date | null): ScreeningRule[] {
  const { rules } = screenSubmission(`${q.title}\n${q.body}`, {
    author: { ageBand, postsHeldUntil },
    approvedBefore: APPROVED_POSTS.get(q.author) ?? 0,
    firstPostsScreened: DEFAULT_FIRST_POSTS,
    blockedWords: [],
    now: new Date(),
  });
  if (!rules.length) throw new Error(`Seed question ${q.key} is held, but no screening rule would hold it`);
  return rules;
}

/**
 * The moderation state of a seeded question, as the services would have left it (the moderation-state contract
 * in the issue): held ones with their screening rules and queued since asked; a moderator's decision with the
 * moderator, the rule and one audit entry; open reports as flags, queued since the first; a question hidden by
 * its reports with no moderator; an appeal queued since it was made.
 */
function seedModeration(
  q: SeedQuestion,
  refs: {
    users: Map<string, string>;
    ageBands: Map<string, AgeBand | null>;
    coolDowns: Map<string, Date>;
    now: number;
  },
  createdAt: Date,
) {
  const user = (key: string) => {
    const id = refs.users.get(key);
    if (!id) throw new Error(`Seed question ${q.key} names unknown account ${key}`);
    return id;
  };
  const id = seedId("question", q.key);
  const daysAgo = (days: number) => new Date(refs.now - days * DAY);
  const queuedSince: Date[] = [];
  const columns: Partial<Prisma.QuestionUncheckedCreateInput> = {};

  if (q.moderation === "pending") {
    columns.screeningRules = seededScreeningRules(
      q,
      refs.ageBands.get(q.author) ?? null,
      refs.coolDowns.get(q.author) ?? null,
    );
    queuedSince.push(createdAt);
  }
  if (q.reports && new Set(q.reports.map((r) => r.by)).size !== q.reports.length) {
    throw new Error(`Seed question ${q.key}: each report is by a different person`);
  }
  const flags: Prisma.FlagCreateManyInput[] = (q.reports ?? []).map((report, i) => {
    if (report.by === q.author || report.daysAgo >= q.daysAgo) {
      throw new Error(`Seed question ${q.key}: a report is by someone else, after it was asked`);
    }
    return {
      id: seedId("flag", `${q.key}:${i}`),
      reporterId: user(report.by),
      questionId: id,
      category: report.category,
      details: report.details ?? null,
      createdAt: daysAgo(report.daysAgo),
    };
  });
  const reportTimes = flags.map((f) => f.createdAt as Date).sort((a, b) => a.getTime() - b.getTime());
  if (reportTimes.length) {
    columns.openFlagCount = reportTimes.length;
    queuedSince.push(reportTimes[0]!);
  }

  const hiddenByReports = q.moderation === "hidden" && !q.moderatedBy;
  let audit: Prisma.AuditLogUncheckedCreateInput | null = null;
  if (hiddenByReports) {
    if (reportTimes.length < 3) throw new Error(`Seed question ${q.key}: hidden by reports needs the threshold of 3`);
    const hiddenAt = reportTimes[2]!;
    columns.moderatedAt = hiddenAt;
    audit = {
      actorId: null,
      action: "moderation.hiddenByReports",
      targetType: "question",
      targetId: id,
      before: { moderation: "approved" },
      after: { moderation: "hidden", openFlagCount: reportTimes.length },
      createdAt: hiddenAt,
    };
  } else if (q.moderatedBy) {
    if (!q.moderationRule) throw new Error(`Seed question ${q.key}: a moderator's decision cites a rule`);
    const decidedAt = new Date(Math.min(createdAt.getTime() + DAY, refs.now - 60_000));
    columns.moderatedById = user(q.moderatedBy);
    columns.moderatedAt = decidedAt;
    columns.moderationRule = q.moderationRule;
    audit = {
      actorId: user(q.moderatedBy),
      action: q.moderation === "rejected" ? "moderation.rejectQuestion" : "moderation.hideQuestion",
      targetType: "question",
      targetId: id,
      before: { moderation: q.moderation === "rejected" ? "pending" : "approved" },
      after: { moderation: q.moderation, rule: q.moderationRule, reason: q.moderationReason ?? null },
      createdAt: decidedAt,
    };
  }

  let appeal: Prisma.ModerationAppealUncheckedCreateInput | null = null;
  if (q.appeal) {
    if (!q.moderatedBy || !q.moderationRule)
      throw new Error(`Seed question ${q.key}: only a moderator's decision is appealed`);
    const appealedAt = daysAgo(q.appeal.daysAgo);
    appeal = {
      id: seedId("appeal", q.key),
      questionId: id,
      appellantId: user(q.author),
      originalModeratorId: user(q.moderatedBy),
      originalRule: q.moderationRule,
      body: q.appeal.body,
      createdAt: appealedAt,
    };
    queuedSince.push(appealedAt);
  }
  if (queuedSince.length) columns.queuedAt = new Date(Math.min(...queuedSince.map((d) => d.getTime())));
  return { columns, flags, appeal, audit, hiddenByReports };
}

async function seedQuestion(
  db: PrismaClient,
  q: SeedQuestion,
  refs: {
    users: Map<string, string>;
    ageBands: Map<string, AgeBand | null>;
    coolDowns: Map<string, Date>;
    themes: Map<string, number>;
    districts: Map<string, number>;
    organisations: Map<string, number>;
    holidays: Set<string>;
    now: number;
  },
) {
  const id = seedId("question", q.key);
  if (await db.question.findUnique({ where: { id }, select: { id: true } })) return;

  const user = (key: AuthorKey | PartnerKey | "admin" | "moderator") => {
    const userId = refs.users.get(key);
    if (!userId) throw new Error(`Seed question ${q.key} names unknown account ${key}`);
    return userId;
  };
  const createdAt = new Date(refs.now - q.daysAgo * DAY);
  const at = (daysAfter: number) => new Date(Math.min(createdAt.getTime() + daysAfter * DAY, refs.now - 60_000));
  const responseAt = q.response ? at(q.response.daysAfter) : at(Math.max(1, Math.floor(q.daysAgo / 3)));
  // The partner who moved it along: who answered, else who claimed it.
  const partnerKey: PartnerKey = q.response?.author ?? q.claim?.by ?? "ecc-officer";
  if (q.claim && (q.status !== "under_review" || q.claim.daysAgo >= q.daysAgo || q.claim.daysAgo < 1)) {
    throw new Error(`Seed question ${q.key}: a claim belongs to a question under review, after it was asked`);
  }
  const organisationId = refs.organisations.get(PARTNER_ORGANISATION[partnerKey])!;

  // Supporters: the first N residents after a per-question offset, with times spread after asking.
  const pick = seededPicker(q.key);
  const offset = pick(DEMO_RESIDENT_COUNT);
  const supporters = Array.from({ length: q.supporters }, (_, i) => {
    const key = `resident-${((offset + i) % DEMO_RESIDENT_COUNT) + 1}`;
    return {
      userId: user(key as AuthorKey),
      createdAt: new Date(createdAt.getTime() + pick(Math.max(1, refs.now - createdAt.getTime()))),
    };
  }).filter((s) => s.userId !== user(q.author));
  const trendingScore = supporters.reduce((sum, s) => sum + trendingWeight(s.createdAt), 0);

  const comments = (q.comments ?? []).flatMap((c, i) => {
    const parentId = seedId("comment", `${q.key}:${i}`);
    return [
      { id: parentId, parentId: null, author: c.author, body: c.body, createdAt: at(c.daysAfter) },
      ...(c.replies ?? []).map((r, j) => ({
        id: seedId("comment", `${q.key}:${i}:${j}`),
        parentId,
        author: r.author,
        body: r.body,
        createdAt: at(r.daysAfter),
      })),
    ];
  });
  const published = q.moderation === "approved";
  const mergedIntoId = q.mergedInto ? seedId("question", q.mergedInto) : null;
  const moderation = seedModeration(q, refs, createdAt);

  await db.$transaction(async (tx) => {
    await tx.question.create({
      data: {
        id,
        title: q.title,
        body: q.body,
        authorId: user(q.author),
        districtId: q.district ? refs.districts.get(q.district) : null,
        moderation: q.moderation,
        moderationReason: q.moderationReason ?? null,
        ...moderation.columns,
        status: q.status,
        mergedIntoId,
        supportCount: published ? supporters.length : 0,
        // commentCount is kept by the comment trigger as the comments below are inserted.
        trendingScore: published ? trendingScore : 0,
        createdAt,
        // A question hidden by its reports was published until then.
        publishedAt: published || moderation.hiddenByReports ? createdAt : null,
        answeredAt: q.response ? responseAt : null,
        themes: { create: q.themes.map((slug) => ({ themeId: refs.themes.get(slug)! })) },
      },
    });

    // The public timeline, each step checked against the legal transitions.
    const path = statusPath(q.status);
    const end = refs.now - 60_000;
    const answeredIndex = path.indexOf("answered");
    const between = (from: number, to: number, fraction: number) => new Date(from + (to - from) * fraction);
    const stepTime = (i: number): Date =>
      q.claim && path[i] === "under_review"
        ? new Date(refs.now - q.claim.daysAgo * DAY)
        : answeredIndex < 0
          ? between(createdAt.getTime(), end, i / path.length)
          : i < answeredIndex
            ? between(createdAt.getTime(), responseAt.getTime(), i / answeredIndex)
            : i === answeredIndex
              ? responseAt
              : between(responseAt.getTime(), end, (i - answeredIndex) / (path.length - answeredIndex));
    const changes: Prisma.StatusChangeCreateManyInput[] = [
      {
        id: seedId("status", `${q.key}:0`),
        questionId: id,
        actorId: user(q.author),
        fromStatus: null,
        toStatus: "open",
        createdAt,
      },
    ];
    for (let i = 1; i < path.length; i += 1) {
      const from = path[i - 1]!;
      const to = path[i]!;
      const verdict = checkStatusTransition(from, to, { isAdmin: false });
      if (!verdict.allowed) throw new Error(`Seed question ${q.key}: ${verdict.reason}`);
      const isLast = i === path.length - 1;
      const when = stepTime(i);
      changes.push({
        id: seedId("status", `${q.key}:${i}`),
        questionId: id,
        actorId: user(partnerKey),
        fromStatus: from,
        toStatus: to,
        // The timeline says in plain words what each step means ("Essex County Council is looking at this"):
        // only the notes a partner writes (declining, merging, delivering) are stored.
        note: isLast && q.statusNote ? q.statusNote : null,
        createdAt: when,
      });
    }
    await tx.statusChange.createMany({ data: changes });

    if (published && path.includes("under_review")) {
      // Claimed when it went under review: due the response target in working days after, as claiming sets it.
      const claimedAt = changes[path.indexOf("under_review")]!.createdAt as Date;
      await tx.assignment.create({
        data: {
          questionId: id,
          organisationId,
          dueOn: addWorkingDays(claimedAt, DEFAULT_RESPONSE_WORKING_DAYS, refs.holidays),
          claimedById: user(partnerKey),
          claimedAt,
        },
      });
      await tx.assignmentEvent.create({
        data: {
          id: seedId("assignment-event", `${q.key}:claimed`),
          questionId: id,
          kind: "claimed",
          toOrganisationId: organisationId,
          memberId: user(partnerKey),
          actorId: user(partnerKey),
          createdAt: claimedAt,
        },
      });
    }
    if (q.response) {
      await tx.response.create({
        data: {
          id: seedId("response", q.key),
          questionId: id,
          organisationId: refs.organisations.get(q.response.organisation)!,
          authorId: user(q.response.author),
          body: q.response.body,
          createdAt: responseAt,
        },
      });
    }
    if (moderation.flags.length) await tx.flag.createMany({ data: moderation.flags });
    if (moderation.appeal) await tx.moderationAppeal.create({ data: moderation.appeal });
    if (moderation.audit) await tx.auditLog.create({ data: moderation.audit });
    // Everyone who asks follows their question (as askQuestion does).
    await tx.follow.create({ data: { userId: user(q.author), questionId: id, createdAt } });
    if (published && supporters.length) {
      await tx.vote.createMany({ data: supporters.map((s) => ({ ...s, questionId: id })) });
    }
    for (const c of comments) {
      await tx.comment.create({
        data: {
          id: c.id,
          questionId: id,
          parentId: c.parentId,
          authorId: user(c.author),
          body: c.body,
          moderation: published ? "approved" : "pending",
          createdAt: c.createdAt,
        },
      });
    }
  });
}

/**
 * The queue's items that are not questions: a new resident's first comment, held (first_posts), and a public
 * name waiting for a moderator. Each written once: a second run, or a moderator's decision since, is left alone.
 */
async function seedModerationQueue(db: PrismaClient, users: Map<string, string>, now: number) {
  const newcomerId = seedId("user", newcomer.key);
  const joinedAt = new Date(now - newcomer.joinedDaysAgo * DAY);
  await db.user.createMany({
    data: [
      {
        id: newcomerId,
        email: newcomer.email,
        emailVerifiedAt: joinedAt,
        displayName: generateDisplayName(seededPicker(newcomer.key)),
        ageBand: newcomer.ageBand,
        participantType: "resident",
        createdAt: joinedAt,
      },
    ],
    skipDuplicates: true,
  });
  const commentId = seedId("comment", `${newcomer.key}:first`);
  if (!(await db.comment.findUnique({ where: { id: commentId }, select: { id: true } }))) {
    const { rules } = screenSubmission(newcomer.comment.body, {
      author: { ageBand: newcomer.ageBand, postsHeldUntil: null },
      approvedBefore: 0,
      firstPostsScreened: DEFAULT_FIRST_POSTS,
      blockedWords: [],
      now: new Date(now),
    });
    const postedAt = new Date(now - newcomer.comment.daysAgo * DAY);
    await db.comment.create({
      data: {
        id: commentId,
        questionId: seedId("question", newcomer.comment.onQuestion),
        authorId: newcomerId,
        body: newcomer.comment.body,
        moderation: "pending",
        screeningRules: rules,
        queuedAt: postedAt,
        createdAt: postedAt,
      },
    });
  }

  const { rules: nameRules } = screenPublicName(pendingPublicName.name, {
    author: { postsHeldUntil: null },
    firstPostsScreened: DEFAULT_FIRST_POSTS,
    blockedWords: [],
    now: new Date(now),
  });
  if (!nameRules.length) throw new Error("The seeded pending public name would not be held");
  await db.user.updateMany({
    where: {
      id: users.get(pendingPublicName.resident)!,
      pendingDisplayName: null,
      nameRejectionRule: null,
      nameRejectionReason: null,
      NOT: { displayName: pendingPublicName.name },
    },
    data: {
      pendingDisplayName: pendingPublicName.name,
      pendingNameRules: nameRules,
      nameQueuedAt: new Date(now - pendingPublicName.daysAgo * DAY),
    },
  });
}

/** Questions by others the demo citizen follows (besides their own), so their notifications have variety. */
const CITIZEN_ALSO_FOLLOWS = 4;
/** The demo citizen's newest notifications left unread, so the header shows a count. */
const CITIZEN_UNREAD = 3;

/**
 * The demo citizen follows the questions they commented on and a few answered ones, and has the
 * notifications those questions' responses and status changes would have caused (the shape notify() writes:
 * one event id per event), the newest unread. Stable ids, so a second run adds nothing.
 */
async function seedCitizenFollowsAndNotifications(db: PrismaClient, citizenId: string) {
  const commentedOn = await db.comment.findMany({
    where: { authorId: citizenId, question: { moderation: "approved" } },
    select: { questionId: true, createdAt: true },
  });
  const answered = await db.question.findMany({
    where: { moderation: "approved", status: { not: "open" }, authorId: { not: citizenId }, responses: { some: {} } },
    orderBy: [{ answeredAt: "desc" }, { id: "asc" }],
    take: CITIZEN_ALSO_FOLLOWS,
    select: { id: true, createdAt: true },
  });
  await db.follow.createMany({
    data: [
      ...commentedOn.map((c) => ({ userId: citizenId, questionId: c.questionId, createdAt: c.createdAt })),
      ...answered.map((q) => ({ userId: citizenId, questionId: q.id, createdAt: q.createdAt })),
    ],
    skipDuplicates: true,
  });

  const followed = await db.question.findMany({
    where: { moderation: "approved", follows: { some: { userId: citizenId } } },
    select: {
      id: true,
      title: true,
      authorId: true,
      responses: { select: { id: true, authorId: true, createdAt: true, organisation: { select: { name: true } } } },
      statusChanges: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, actorId: true, toStatus: true, note: true, createdAt: true },
      },
    },
  });
  const events: Omit<Prisma.NotificationCreateManyInput, "id" | "userId" | "readAt">[] = [];
  for (const q of followed) {
    const own = q.authorId === citizenId;
    for (const r of q.responses) {
      if (r.authorId === citizenId) continue;
      const messages = questionAnsweredMessages(q.title, r.organisation.name);
      events.push({
        eventId: seedId("event", `response:${r.id}`),
        kind: own ? "question_answered" : "followed_question_answered",
        questionId: q.id,
        actorId: r.authorId,
        message: own ? messages.author : messages.follower,
        createdAt: r.createdAt,
      });
    }
    const last = q.statusChanges[0];
    if (last && !["open", "under_review", "answered"].includes(last.toStatus) && last.actorId !== citizenId) {
      const messages = statusChangedMessages(q.title, last.toStatus, last.note);
      events.push({
        eventId: seedId("event", `status:${last.id}`),
        kind: own ? "question_status_changed" : "followed_question_status_changed",
        questionId: q.id,
        actorId: last.actorId,
        message: own ? messages.author : messages.follower,
        createdAt: last.createdAt,
      });
    }
  }
  events.sort((a, b) => new Date(b.createdAt!).getTime() - new Date(a.createdAt!).getTime());
  await db.notification.createMany({
    data: events.map((e, i) => ({
      ...e,
      id: seedId("notification", `${citizenId}:${e.eventId}`),
      userId: citizenId,
      // Read a day after it arrived (or at once, if that is still to come), except the newest few.
      readAt: i < CITIZEN_UNREAD ? null : new Date(Math.min(new Date(e.createdAt!).getTime() + DAY, Date.now())),
      // Long past: no email is owed for the demo's history.
      emailState: "skipped",
    })),
    skipDuplicates: true,
  });
}

/**
 * The audit entries the partners' steps in the demo history would have written (lib/audit/actions.ts names), at
 * the times of those steps, so the audit log (/admin/audit) has pages to read and filter. Each step is written
 * once: the audit log is append-only, so a second run finds the entry and adds none.
 */
async function seedAuditTrail(db: PrismaClient) {
  await db.$executeRaw`
    INSERT INTO audit_log (actor_id, action, target_type, target_id, before, after, created_at)
    SELECT sc.actor_id,
           CASE sc.to_status WHEN 'under_review' THEN 'question.claim'
                             WHEN 'answered' THEN 'response.publish'
                             ELSE 'question.changeStatus' END,
           'question', sc.question_id::text,
           jsonb_build_object('status', sc.from_status),
           jsonb_strip_nulls(jsonb_build_object('status', sc.to_status, 'note', sc.note)),
           sc.created_at
    FROM status_change sc
    WHERE sc.from_status IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM audit_log a
                      WHERE a.target_type = 'question' AND a.target_id = sc.question_id::text
                        AND a.created_at = sc.created_at AND a.actor_id = sc.actor_id)`;
}

async function main() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString, options: "-c TimeZone=UTC" }) });
  try {
    const [{ mark }] = await db.$queryRawUnsafe<[{ mark: string | null }]>(READ_DEMO_MARK_SQL);
    const refusal = demoSeedRefusal(mark, process.env);
    if (refusal) throw new Error(refusal);
    if (process.argv.includes("--if-empty") && (await db.setting.findUnique({ where: { key: SEEDED_MARKER } }))) {
      console.log("Demo data already seeded.");
      return;
    }
    await seedReferenceData(db);
    await seedCensusPopulation(db);
    const users = await seedAccounts(db);
    const accountRows = await db.user.findMany({
      where: { id: { in: [...users.values()] } },
      select: { id: true, ageBand: true, postsHeldUntil: true },
    });
    const byId = new Map(accountRows.map((u) => [u.id, u]));
    const refs = {
      users,
      ageBands: new Map([...users].map(([key, id]) => [key, byId.get(id)?.ageBand ?? null])),
      coolDowns: new Map(
        [...users].flatMap(([key, id]) => {
          const until = byId.get(id)?.postsHeldUntil;
          return until ? [[key, until] as const] : [];
        }),
      ),
      themes: new Map((await db.theme.findMany()).map((t) => [t.slug, t.id])),
      districts: new Map((await db.district.findMany()).map((d) => [d.slug, d.id])),
      organisations: new Map((await db.organisation.findMany()).map((o) => [o.slug, o.id])),
      holidays: new Set(bankHolidays.map((h) => h.date)),
      // Dates are relative to the day the data is first loaded; fixed per run so a question's events stay in order.
      now: Date.now(),
    };
    // Questions that others are merged into go first, so the merge's foreign key is satisfied.
    const ordered = [...seedQuestions].sort((a, b) => Number(Boolean(a.mergedInto)) - Number(Boolean(b.mergedInto)));
    for (const q of ordered) await seedQuestion(db, q, refs);
    // Demo support for the priorities dashboard: questions reaching back a year, then a crowd of supporters.
    for (const q of earlierQuestions) await seedQuestion(db, q, refs);
    // A year of questions one partner took on and answered (or has not yet), so that its public scorecard has
    // enough history for every figure to show (prisma/seed-data/scorecard-history.ts). Before the demo citizen
    // follows recently answered questions and the demo supporters pick theirs, so a second run picks the same.
    for (const q of scorecardHistory) await seedQuestion(db, q, refs);
    await seedModerationQueue(db, users, refs.now);
    await seedCitizenFollowsAndNotifications(db, users.get("citizen")!);
    await seedAnswerTemplates(db, refs, seedId);
    // Duplicate pairs for partners to merge (prisma/seed-merge-demo.ts), before the demo supporters pick their
    // questions, so that every run of the seed offers them the same questions.
    await seedMergeDemo(db, (q) => seedQuestion(db, q, refs), seedId);
    // A past school workshop with its published questions, and an upcoming meeting to join (prisma/seed-events.ts);
    // before the demo supporters pick their questions too.
    await seedEventsDemo(db, refs, seedId);
    await seedDemoSupport(db, refs, seedId, seededPicker);
    // Commitments on answered questions, in every state (prisma/seed-commitments.ts).
    await seedCommitmentsDemo(db, refs, seedId);
    await seedAuditTrail(db);
    // Last: it needs the delivered commitments and the demo supporters.
    await seedDeliveryChecks(db, seedId);

    await db.setting.upsert({
      where: { key: SEEDED_MARKER },
      create: { key: SEEDED_MARKER, value: new Date().toISOString() },
      update: {},
    });
    const [questions, votes, comments, responses, follows, notifications] = await Promise.all([
      db.question.count(),
      db.vote.count(),
      db.comment.count(),
      db.response.count(),
      db.follow.count(),
      db.notification.count(),
    ]);
    console.log(
      `Demo data in place: ${questions} questions, ${votes} supports, ${comments} comments, ${responses} responses, ${follows} follows, ${notifications} notifications.`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
