// Every kind of person against every action in the permissions table, through the real services and the
// real database. A refused cell must throw Forbidden and leave every table exactly as it was.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { ACTIONS, can, type Action } from "@/lib/auth/permissions";
import { signOutEverywhere } from "@/lib/accounts/service";
import { updateProfile } from "@/lib/accounts/profile-service";
import { exportPersonalData } from "@/lib/accounts/data-export";
import { deleteAccount } from "@/lib/accounts/deletion";
import { addMembership, changePlatformRole, removeMembership } from "@/lib/admin/people-service";
import { requirePermission } from "@/lib/auth/permissions";
import { Forbidden } from "@/lib/errors";
import { askQuestion, editQuestion, supportQuestion } from "@/lib/questions/service";
import { createOrganisation, createQuestion } from "../support/fixtures";

const PEOPLE = ["visitor", "unverified", "citizen", "under-16 citizen", "partner of A", "partner of B", "partner lead of A", "moderator", "admin", "suspended"] as const;
type Person = (typeof PEOPLE)[number];

// Written out independently of lib/auth/permissions.ts: what each person may do.
const SIGNED_IN: Person[] = ["unverified", "citizen", "under-16 citizen", "partner of A", "partner of B", "partner lead of A", "moderator", "admin"];
const VERIFIED: Person[] = SIGNED_IN.filter((p) => p !== "unverified");
const EXPECTED: Record<Action, Person[]> = {
  "question.ask": VERIFIED,
  "question.edit": VERIFIED,
  "question.support": VERIFIED,
  "comment.create": VERIFIED,
  "flag.create": VERIFIED,
  "account.updateProfile": SIGNED_IN,
  "account.exportData": SIGNED_IN,
  "account.delete": SIGNED_IN,
  "account.signOutEverywhere": SIGNED_IN,
  "admin.changePlatformRole": ["admin"],
  "admin.manageMemberships": ["admin"],
};

let orgA: number;
let orgB: number;

async function makePerson(person: Person): Promise<{ actor: Actor | null; userId: string | null }> {
  if (person === "visitor") return { actor: null, userId: null };
  const id = randomUUID();
  await db.user.create({
    data: {
      id,
      email: `${id}@example.com`,
      displayName: "Matrix Person",
      emailVerifiedAt: person === "unverified" ? null : new Date(),
      platformRole: person === "moderator" ? "moderator" : person === "admin" ? "admin" : "citizen",
      ageBand: person === "under-16 citizen" ? "under_16" : null,
      status: person === "suspended" ? "suspended" : "active",
    },
  });
  if (person === "partner of A" || person === "partner lead of A" || person === "partner of B") {
    await db.organisationMembership.create({
      data: { userId: id, organisationId: person === "partner of B" ? orgB : orgA, role: person === "partner lead of A" ? "lead" : "member" },
    });
  }
  // The real path every request takes: a suspended person's token yields no actor at all.
  return { actor: await loadActor(id, 0), userId: id };
}

interface Targets {
  /** Someone else, for admin actions to aim at: a citizen who belongs to organisation A. */
  userId: string;
  /** Someone else's published question, to support. */
  othersQuestionId: string;
  /** The actor's own open question (or someone else's, for a visitor), to edit. */
  ownQuestionId: string;
}

async function makeTargets(actorUserId: string | null): Promise<Targets> {
  const id = randomUUID();
  await db.user.create({ data: { id, email: `${id}@example.com`, displayName: "Target Person", emailVerifiedAt: new Date() } });
  await db.organisationMembership.create({ data: { userId: id, organisationId: orgA } });
  const others = await createQuestion(id, { title: "Someone else's published question" });
  const own = await createQuestion(actorUserId ?? id, { title: "The actor's own open question" });
  return { userId: id, othersQuestionId: others.id, ownQuestionId: own.id };
}

const QUESTION = { title: "Could Chelmsford have more cycle parking at the station?", body: "There is never a free space after eight in the morning.", themes: ["matrix-theme"], district: null };

// Until the commenting and flagging services exist (later issues), those cells are decided by the
// permissions table alone, exactly as the services will ask it.
const policyOnly = (action: Action) => async (actor: Actor | null) => requirePermission(actor, action);

const PERFORM: Record<Action, (actor: Actor | null, targets: Targets) => Promise<unknown>> = {
  "question.ask": (actor) => askQuestion(actor, QUESTION),
  "question.edit": (actor, targets) => editQuestion(actor, targets.ownQuestionId, { ...QUESTION, title: "An edited title for my own question" }),
  "question.support": (actor, targets) => supportQuestion(actor, targets.othersQuestionId),
  "comment.create": policyOnly("comment.create"),
  "flag.create": policyOnly("flag.create"),
  "account.updateProfile": (actor) => updateProfile(actor, { displayName: "Renamed Person", district: null, ageBand: actor?.ageBand ?? null, participantType: "other", emailNotifications: true }),
  "account.exportData": (actor) => exportPersonalData(actor),
  "account.delete": (actor) => deleteAccount(actor),
  "account.signOutEverywhere": async (actor) => {
    requirePermission(actor, "account.signOutEverywhere");
    await signOutEverywhere(actor.id);
  },
  "admin.changePlatformRole": (actor, targets) => changePlatformRole(actor, { userId: targets.userId, platformRole: "moderator" }),
  "admin.manageMemberships": async (actor, targets) => {
    await addMembership(actor, { userId: targets.userId, organisationId: orgB, role: "member" });
    await removeMembership(actor, { userId: targets.userId, organisationId: orgA });
  },
};

let client: pg.Client;
const TABLES = ["user", "organisation_membership", "vote", "follow", "notification", "one_time_token", "captured_mail", "audit_log", "question", "question_theme", "question_revision", "status_change"];

async function checksum(): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const { rows } = await client.query<{ digest: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`);
    parts.push(`${table}:${rows[0]!.digest}`);
  }
  return parts.join(",");
}

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  orgA = (await createOrganisation()).id;
  orgB = (await createOrganisation()).id;
  await db.theme.create({ data: { slug: "matrix-theme", name: "Matrix theme", description: "For the matrix." } });
});
afterAll(() => client.end());

const cells = PEOPLE.flatMap((person) => ACTIONS.map((action) => ({ person, action, allowed: EXPECTED[action].includes(person) })));

describe("authorization matrix", () => {
  it("covers every person against every action in the permissions table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
    expect(PEOPLE).toHaveLength(10);
    expect(ACTIONS).toHaveLength(11);
    expect(cells).toHaveLength(110);
    expect(cells.filter((c) => c.allowed)).toHaveLength(5 * 7 + 4 * 8 + 2 * 1);
  });

  it.each(cells)("$person → $action: allowed $allowed", async ({ person, action, allowed }) => {
    const { actor, userId } = await makePerson(person);
    const targets = await makeTargets(userId);
    expect(can(actor, action)).toBe(allowed);

    const before = await checksum();
    const outcome = await PERFORM[action](actor, targets).then(
      () => "done",
      (error: unknown) => error,
    );
    if (allowed) {
      expect(outcome).toBe("done");
    } else {
      expect(outcome).toBeInstanceOf(Forbidden);
      expect(await checksum()).toBe(before);
    }
  });
});
