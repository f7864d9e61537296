// L10: an administrator finds a person by email through a POST action that answers with the person's opaque
// id (a redirect to /admin/people?person=<id>), so the address never appears in a URL.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { initialFormState } from "@/lib/form-state";
import { personPageSchema } from "@/lib/admin/people/schemas";
import { noOneMatches } from "@/lib/admin/people/service";
import { db } from "@/lib/db";
import { createUser, signedInActor } from "../support/fixtures";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));
const redirects = vi.hoisted(() => ({ to: [] as string[] }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  redirect: (to: string) => {
    redirects.to.push(to);
    throw new Error("NEXT_REDIRECT");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { changePlatformRoleAction, findPersonAction, removeMembershipAction } =
  await import("@/app/admin/people/actions");

function emailForm(email: string): FormData {
  const data = new FormData();
  data.append("email", email);
  return data;
}

afterEach(() => {
  session.actor = null;
  redirects.to = [];
});

describe("finding a person by email", () => {
  it("answers an administrator's POST with the person's opaque id, never the address", async () => {
    const admin = await createUser({ platformRole: "admin" });
    const person = await createUser({ email: `Found-${Date.now()}@Example.com`.toLowerCase() });
    session.actor = await signedInActor(admin.id);
    await expect(findPersonAction(initialFormState, emailForm(` ${person.email!.toUpperCase()} `))).rejects.toThrow(
      "NEXT_REDIRECT",
    );
    expect(redirects.to).toEqual([`/admin/people?person=${person.id}`]);
    expect(redirects.to[0]).not.toContain("@");
  });

  it("says what found no one and how to search instead, on the field, keeping what was typed", async () => {
    const admin = await createUser({ platformRole: "admin" });
    session.actor = await signedInActor(admin.id);
    const state = await findPersonAction(initialFormState, emailForm("nobody-here@example.com"));
    expect(state.errors).toEqual({
      email:
        "No people match 'nobody-here@example.com'. Check the spelling, or search by the person's full email address",
    });
    expect(state.errors.email).toBe(noOneMatches("nobody-here@example.com"));
    expect(state.values.email).toBe("nobody-here@example.com");
    expect(redirects.to).toEqual([]);
  });

  it("refuses a citizen and a moderator, revealing nothing", async () => {
    const target = await createUser();
    for (const platformRole of ["citizen", "moderator"] as const) {
      const someone = await createUser({ platformRole });
      session.actor = await signedInActor(someone.id);
      const state = await findPersonAction(initialFormState, emailForm(target.email!));
      expect(state.status).toBe("error");
      expect(JSON.stringify(state.errors)).not.toContain(target.id);
    }
    expect(redirects.to).toEqual([]);
  });

  it("shows no one for an email address put in the page's URL (the old GET search)", () => {
    expect(personPageSchema.parse({ email: "someone@example.com" })).toEqual({ person: undefined });
    expect(personPageSchema.parse({ person: "not-an-id" })).toEqual({ person: undefined });
  });
});

describe("removing a membership (sent from the confirmation page)", () => {
  it("removes it and comes back to the person's page saying which organisation", async () => {
    const admin = await createUser({ platformRole: "admin" });
    const person = await createUser();
    const organisation = await db.organisation.create({
      data: { slug: `rm-${person.id.slice(0, 8)}`, name: `Org ${person.id}`, kind: "council", description: "x" },
    });
    await db.organisationMembership.create({ data: { userId: person.id, organisationId: organisation.id } });
    session.actor = await signedInActor(admin.id);
    const form = new FormData();
    form.append("userId", person.id);
    form.append("organisationId", String(organisation.id));
    await expect(removeMembershipAction(initialFormState, form)).rejects.toThrow("NEXT_REDIRECT");
    expect(redirects.to).toEqual([`/admin/people?person=${person.id}&removed=${organisation.id}`]);
    expect(await db.organisationMembership.count({ where: { userId: person.id } })).toBe(0);
    expect(personPageSchema.parse({ person: person.id, removed: String(organisation.id) })).toEqual({
      person: person.id,
      removed: organisation.id,
    });
  });
});

describe("an administrator changing their own role (from the people page)", () => {
  it("steps down to moderator and lands on their account page, when another administrator remains", async () => {
    await createUser({ platformRole: "admin" });
    const admin = await createUser({ platformRole: "admin" });
    session.actor = await signedInActor(admin.id);
    const form = new FormData();
    form.append("userId", admin.id);
    form.append("platformRole", "moderator");
    await expect(changePlatformRoleAction(initialFormState, form)).rejects.toThrow("NEXT_REDIRECT");
    expect(redirects.to).toEqual(["/account"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).platformRole).toBe("moderator");
  });
});
