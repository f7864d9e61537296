// Point 7 and 8 of issue 11: the contact form reaches the operator (stored, emailed through the job queue,
// rate limited, listed for administrators newest first), and "where to go instead" is right for two-tier Essex.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { initialFormState } from "@/lib/form-state";
import { Forbidden, RateLimited, Unauthenticated } from "@/lib/errors";
import { feedbackSchema } from "@/lib/feedback/schemas";
import { feedbackLimits, markFeedbackDealtWith, sendFeedback } from "@/lib/feedback/service";
import { FEEDBACK_PAGE_SIZE, listFeedback } from "@/lib/feedback/queries";
import { COUNCIL_CONTACTS_KEY, DEFAULT_COUNCIL_CONTACTS } from "@/lib/settings/contact-routes";
import { getWhereToGoInstead } from "@/lib/settings/queries";
import { districts } from "@/prisma/seed-data/reference";
import { latestMailTo, mailCount } from "../support/mail";
import { createUser, signedInActor } from "../support/fixtures";

const session = vi.hoisted(() => ({ actor: null as Actor | null, forwardedFor: null as string | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(session.forwardedFor ? { "x-forwarded-for": session.forwardedFor } : {}),
}));
const redirects = vi.hoisted(() => ({ to: [] as string[] }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  redirect: (to: string) => {
    redirects.to.push(to);
    throw new Error("NEXT_REDIRECT");
  },
}));

const { sendFeedbackAction } = await import("@/app/contact/actions");

const OPERATOR = "operator@cses.example";

function contactForm(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

beforeAll(async () => {
  process.env.FEEDBACK_TO = OPERATOR;
  for (const [position, d] of districts.entries()) {
    await db.district.upsert({ where: { slug: d.slug }, create: { ...d, position }, update: {} });
  }
});

afterEach(() => {
  session.actor = null;
  session.forwardedFor = null;
  redirects.to = [];
  delete process.env.TRUST_PROXY;
});

describe("the contact form", () => {
  it("stores a visitor's message and emails the operator through the job queue", async () => {
    const before = await mailCount(OPERATOR);
    await expect(
      sendFeedbackAction(
        initialFormState,
        contactForm({
          topic: "accessibility",
          message: "The map cannot be used with a keyboard.",
          name: "Sam",
          email: " Sam@Example.com ",
        }),
      ),
    ).rejects.toThrow("NEXT_REDIRECT");
    expect(redirects.to).toEqual(["/contact/sent"]);

    const stored = await db.feedback.findFirstOrThrow({
      where: { message: "The map cannot be used with a keyboard." },
    });
    expect(stored).toMatchObject({ topic: "accessibility", name: "Sam", email: "sam@example.com", senderId: null });
    expect(await mailCount(OPERATOR)).toBe(before + 1);
    const mail = await latestMailTo(OPERATOR);
    expect(mail?.subject).toContain("accessibility");
    expect(mail?.text).toContain("The map cannot be used with a keyboard.");
    expect(mail?.text).toContain("sam@example.com");
    expect(mail?.link).toMatch(/\/admin\/feedback$/);
  });

  it("needs only a topic and a message, and records who sent it when signed in", async () => {
    const person = await createUser();
    session.actor = await signedInActor(person.id);
    await expect(
      sendFeedbackAction(initialFormState, contactForm({ topic: "idea", message: "Add a map of questions." })),
    ).rejects.toThrow("NEXT_REDIRECT");
    expect(await db.feedback.findFirstOrThrow({ where: { senderId: person.id } })).toMatchObject({
      name: null,
      email: null,
      topic: "idea",
    });
  });

  it("keeps what was typed and says what to fix, storing nothing", async () => {
    const count = await db.feedback.count();
    const state = await sendFeedbackAction(
      initialFormState,
      contactForm({ message: "  ", email: "not-an-address", name: "Jo" }),
    );
    expect(state.errors).toEqual({
      topic: "Select what your message is about",
      message: "Enter your message",
      email: "Enter an email address in the correct format, like name@example.com",
    });
    expect(state.values).toMatchObject({ email: "not-an-address", name: "Jo" });
    expect(await db.feedback.count()).toBe(count);
  });

  it("limits each account to 5 messages an hour, then refuses and stores nothing more", async () => {
    const person = await createUser();
    const actor = (await signedInActor(person.id))!;
    const input = feedbackSchema.parse({ topic: "other", message: "Hello again." });
    for (let i = 0; i < 5; i++) await sendFeedback(actor, { ip: null }, input);
    await expect(sendFeedback(actor, { ip: null }, input)).rejects.toBeInstanceOf(RateLimited);
    expect(await db.feedback.count({ where: { senderId: person.id } })).toBe(5);
  });

  it("limits per IP behind a trusted proxy, and shows the refusal on the form", async () => {
    process.env.TRUST_PROXY = "true";
    session.forwardedFor = "203.0.113.9";
    for (let i = 0; i < 5; i++) {
      await expect(
        sendFeedbackAction(initialFormState, contactForm({ topic: "other", message: `Message ${i}` })),
      ).rejects.toThrow("NEXT_REDIRECT");
    }
    const state = await sendFeedbackAction(initialFormState, contactForm({ topic: "other", message: "One more" }));
    expect(state.errors.form).toMatch(/too many times/);
    expect(state.values.message).toBe("One more");
    expect(await db.feedback.count({ where: { message: "One more" } })).toBe(0);
  });

  it("counts visitors without a known IP in one shared bucket, and never by a forged header", () => {
    expect(feedbackLimits(null, null)).toEqual([{ name: "feedback:visitors", subject: "all-visitors" }]);
    expect(feedbackLimits("198.51.100.1", "someone")).toEqual([{ name: "feedback:ip", subject: "198.51.100.1" }]);
  });
});

describe("the feedback list for administrators", () => {
  it("lists newest first, a page at a time, and marks a message as dealt with once, in the audit log", async () => {
    const admin = (await signedInActor((await createUser({ platformRole: "admin" })).id))!;
    await db.feedback.deleteMany();
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < FEEDBACK_PAGE_SIZE + 3; i++) {
      await db.feedback.create({
        data: { topic: "problem", message: `Message ${i}`, createdAt: new Date(base + i * 60_000) },
      });
    }
    const first = await listFeedback(admin);
    expect(first.items).toHaveLength(FEEDBACK_PAGE_SIZE);
    expect(first.items[0]!.message).toBe(`Message ${FEEDBACK_PAGE_SIZE + 2}`);
    const [, at, id] = /^(.*)_(.*)$/.exec(first.nextCursor!)!;
    const second = await listFeedback(admin, { createdAt: new Date(at!), id: id! });
    expect(second.items.map((f) => f.message)).toEqual(["Message 2", "Message 1", "Message 0"]);
    expect(second.nextCursor).toBeNull();

    const target = first.items[0]!;
    await markFeedbackDealtWith(admin, { feedbackId: target.id });
    await markFeedbackDealtWith(admin, { feedbackId: target.id });
    expect(await db.feedback.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      dealtWithById: admin.id,
    });
    expect(await db.auditLog.count({ where: { action: "feedback.dealt_with", targetId: target.id } })).toBe(1);
  });

  it("refuses a visitor, a citizen, a partner and a moderator, changing nothing", async () => {
    const feedback = await db.feedback.create({ data: { topic: "other", message: "Please read me." } });
    const org = await db.organisation.create({
      data: {
        slug: `fb-org-${feedback.id.slice(0, 8)}`,
        name: `Org ${feedback.id}`,
        kind: "council",
        description: "x",
      },
    });
    const partner = await createUser();
    await db.organisationMembership.create({ data: { userId: partner.id, organisationId: org.id, role: "lead" } });
    const people: (Actor | null)[] = [
      null,
      await signedInActor((await createUser()).id),
      await signedInActor(partner.id),
      await signedInActor((await createUser({ platformRole: "moderator" })).id),
    ];
    for (const actor of people) {
      const expected = actor ? Forbidden : Unauthenticated;
      await expect(listFeedback(actor)).rejects.toBeInstanceOf(expected);
      await expect(markFeedbackDealtWith(actor, { feedbackId: feedback.id })).rejects.toBeInstanceOf(expected);
    }
    expect((await db.feedback.findUniqueOrThrow({ where: { id: feedback.id } })).dealtWithAt).toBeNull();
  });
});

describe("where to go instead, per district", () => {
  const titles = (guide: Awaited<ReturnType<typeof getWhereToGoInstead>>) => guide.routes.map((r) => r.key);

  it("sends a Chelmsford resident to the city council for bins and to Essex Highways for potholes", async () => {
    const chelmsford = await db.district.findUniqueOrThrow({ where: { slug: "chelmsford" } });
    const person = await db.user.update({
      where: { id: (await createUser()).id },
      data: { districtId: chelmsford.id },
    });
    const guide = await getWhereToGoInstead({ userId: person.id });
    expect(guide.district).toEqual({ slug: "chelmsford", name: "Chelmsford" });
    expect(titles(guide)).toEqual(["local", "roads", "emergency"]);
    const [local, roads, emergency] = guide.routes;
    expect(local!.title).toMatch(/bins, fly-tipping, planning applications and council tax/i);
    expect(local!.link).toEqual({ text: "Chelmsford City Council website", url: "https://www.chelmsford.gov.uk/" });
    expect(roads!.title).toMatch(/potholes, street lights/i);
    expect(roads!.link?.url).toBe("https://www.essexhighways.org/tell-us");
    expect(emergency!.description).toContain("call 999");
    expect(emergency!.description).toContain("0345 603 7631");
  });

  it("sends a Southend-on-Sea resident to the unitary city council for everything, roads included", async () => {
    const guide = await getWhereToGoInstead({ userId: null, districtSlug: "southend-on-sea" });
    expect(guide.district?.name).toBe("Southend-on-Sea");
    expect(titles(guide)).toEqual(["local", "emergency"]);
    expect(guide.routes[0]!.title).toMatch(/potholes and street lights/);
    expect(guide.routes[0]!.link?.url).toBe("https://www.southend.gov.uk/");
    expect(JSON.stringify(guide)).not.toContain("essexhighways");
  });

  it("explains the two tiers to a visitor who has not said where they are, and ignores an unknown area", async () => {
    for (const guide of [
      await getWhereToGoInstead({ userId: null }),
      await getWhereToGoInstead({ userId: null, districtSlug: "atlantis" }),
      await getWhereToGoInstead({ userId: null, districtSlug: "essex-wide" }),
    ]) {
      expect(guide.district).toBeNull();
      expect(titles(guide)).toEqual(["local", "roads", "emergency"]);
      expect(guide.routes[0]!.description).toMatch(/district, borough or city council/);
      expect(guide.routes[1]!.description).toMatch(/except in Southend-on-Sea and Thurrock/);
    }
  });

  it("lets the area chosen on the page win over the profile's, and reads the councils from the settings", async () => {
    const thurrock = await db.district.findUniqueOrThrow({ where: { slug: "thurrock" } });
    const person = await db.user.update({ where: { id: (await createUser()).id }, data: { districtId: thurrock.id } });
    expect((await getWhereToGoInstead({ userId: person.id, districtSlug: "harlow" })).district?.slug).toBe("harlow");

    await db.setting.upsert({
      where: { key: COUNCIL_CONTACTS_KEY },
      create: { key: COUNCIL_CONTACTS_KEY, value: DEFAULT_COUNCIL_CONTACTS },
      update: {},
    });
    await db.setting.update({
      where: { key: COUNCIL_CONTACTS_KEY },
      data: {
        value: {
          ...DEFAULT_COUNCIL_CONTACTS,
          councils: {
            ...DEFAULT_COUNCIL_CONTACTS.councils,
            harlow: { name: "Harlow Council", url: "https://www.harlow.gov.uk/bins", unitary: false },
          },
        },
      },
    });
    const guide = await getWhereToGoInstead({ userId: person.id, districtSlug: "harlow" });
    expect(guide.routes[0]!.link?.url).toBe("https://www.harlow.gov.uk/bins");
    // Every district in the table has a council in the defaults, except "Essex-wide".
    expect(districts.filter((d) => !DEFAULT_COUNCIL_CONTACTS.councils[d.slug]).map((d) => d.slug)).toEqual([
      "essex-wide",
    ]);
    await db.setting.delete({ where: { key: COUNCIL_CONTACTS_KEY } });
  });
});
