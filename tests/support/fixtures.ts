// Rows for integration tests, written straight to the test's own database.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/auth/actor";
import type {
  AgeBand,
  MembershipRole,
  ModerationState,
  PlatformRole,
  QuestionStatus,
} from "@/lib/generated/prisma/enums";

export async function createUser(
  overrides: { platformRole?: PlatformRole; email?: string; displayName?: string; ageBand?: AgeBand | null } = {},
) {
  const id = randomUUID();
  return db.user.create({
    data: {
      id,
      email: overrides.email ?? `user-${id}@example.com`,
      emailVerifiedAt: new Date(),
      displayName: overrides.displayName ?? `Test Person ${id.slice(0, 4)}`,
      platformRole: overrides.platformRole ?? "citizen",
      // An adult who said so: people who have not said get a child's protections (lib/accounts/age.ts).
      ageBand: overrides.ageBand === undefined ? "age_25_44" : overrides.ageBand,
    },
  });
}

export async function createOrganisation(slug = `org-${randomUUID().slice(0, 8)}`) {
  return db.organisation.create({
    data: { slug, name: `Organisation ${slug}`, kind: "council", description: "A test organisation." },
  });
}

export async function createQuestion(
  authorId: string,
  overrides: {
    title?: string;
    body?: string;
    moderation?: ModerationState;
    status?: QuestionStatus;
    moderationReason?: string;
  } = {},
) {
  return db.question.create({
    data: {
      title: overrides.title ?? "How will smart street lights save energy?",
      body: overrides.body ?? "I would like to know more.",
      authorId,
      moderation: overrides.moderation ?? "approved",
      moderationReason: overrides.moderationReason,
      status: overrides.status ?? "open",
      publishedAt: overrides.moderation === "pending" ? null : new Date(),
    },
  });
}

/**
 * The person as a request from a newly signed-in browser sees them: opens a session row (as signing in does)
 * and loads the actor through it, the path every request takes. Null when that person may not act at all.
 */
export async function signedInActor(userId: string, sessionVersion = 0): Promise<Actor | null> {
  const session = await db.session.create({ data: { userId }, select: { id: true } });
  return loadActor({ userId, sessionVersion, sessionId: session.id });
}

/** As signedInActor, for a person who may act: throws when they may not. */
export async function actorOf(userId: string): Promise<Actor> {
  const actor = await signedInActor(userId);
  if (!actor) throw new Error("no actor");
  return actor;
}

/** A new person, signed in, who is a member (or lead) of the organisation. */
export async function partnerOf(
  organisationId: number,
  role: MembershipRole = "member",
  displayName?: string,
): Promise<Actor> {
  const user = await createUser({ displayName });
  await db.organisationMembership.create({ data: { userId: user.id, organisationId, role } });
  return actorOf(user.id);
}

/** A new person with this platform role (and no membership), signed in. */
export async function personWithRole(platformRole: PlatformRole): Promise<Actor> {
  return actorOf((await createUser({ platformRole })).id);
}
