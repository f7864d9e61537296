// The settings page's saves (/admin/settings), through its actions as a browser posts them: each setting saved and
// read back by the getter the rest of the portal uses, each refusal on the right field with nothing changed, one
// audit row per change and none for a save that changes nothing, bank holidays added and removed (a date already
// listed refused by the table's key), and a claim made after a bank holiday is added counting it.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Forbidden, ProofNeeded, Unauthenticated } from "@/lib/errors";
import { initialFormState, type FormState } from "@/lib/form-state";
import { runInRequestScope } from "@/lib/request-scope";
import { claimQuestion } from "@/lib/assignments/service";
import { londonCalendarDay } from "@/lib/assignments/due-date";
import { SETTINGS } from "@/lib/settings/definitions";
import {
  getBlockedWords,
  getFirstPostsScreened,
  getFlagThreshold,
  getSafeguardingSteps,
} from "@/lib/settings/moderation";
import {
  getResponseTargetWorkingDays,
  getSignpostingLinks,
  listBankHolidays,
  readSettingValue,
} from "@/lib/settings/queries";
import { getSecurityEventRetentionDays } from "@/lib/settings/security";
import { updateSetting } from "@/lib/settings/service";
import { addWorkingDays, isoDate } from "@/lib/triage/working-days";
import { createOrganisation, createQuestion, createUser, partnerOf, personWithRole } from "../support/fixtures";
import { form } from "../support/form-data";
import { tableDigest } from "../support/table-digest";

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

const { saveSettingAction, addBankHolidayAction, removeBankHolidayAction } =
  await import("@/app/admin/settings/actions");

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());
afterEach(async () => {
  session.actor = null;
  redirects.to = [];
  await db.setting.deleteMany({ where: { key: { in: Object.values(SETTINGS).map((s) => s.key) } } });
});

/** Every table a save could write: a refusal must leave each as it was. */
const snapshot = () => tableDigest(client, ["setting", "bank_holiday", "audit_log"]);

async function asAdmin(): Promise<Actor> {
  const admin = await personWithRole("admin");
  session.actor = admin;
  return admin;
}

const save = (fields: Record<string, string>): Promise<FormState> => saveSettingAction(initialFormState, form(fields));

/** The audit rows of one action on one target, by these people (the log is append-only: earlier tests' rows stay). */
function auditRows(action: string, targetId: string, actors: readonly Actor[]) {
  return db.auditLog.findMany({
    where: { action, targetId, actorId: { in: actors.map((actor) => actor.id) } },
    orderBy: { id: "asc" },
  });
}

describe("saving each setting", () => {
  const cases = [
    {
      setting: "responseTarget",
      typed: " 15 ",
      read: () => getResponseTargetWorkingDays(),
      expected: 15,
      message: "Response target saved. It is 15 working days.",
    },
    {
      setting: "flagThreshold",
      typed: "5",
      read: () => getFlagThreshold(),
      expected: 5,
      message: "Flag threshold saved. It is 5.",
    },
    {
      setting: "firstPostScreening",
      typed: "0",
      read: () => getFirstPostsScreened(),
      expected: 0,
      message: "First-post screening count saved. It is 0.",
    },
    {
      setting: "securityEventRetention",
      typed: "90",
      read: () => getSecurityEventRetentionDays(),
      expected: 90,
      message: "Security event retention saved. It is 90 days.",
    },
    {
      setting: "deliveryCheckDelay",
      typed: "42",
      read: () => readSettingValue(db, "deliveryCheckDelay"),
      expected: 42,
      message: "Delivery check delay saved. It is 42 days.",
    },
    {
      setting: "eventParticipantRetention",
      typed: "14",
      read: () => readSettingValue(db, "eventParticipantRetention"),
      expected: 14,
      message: "Event participant retention saved. It is 14 days.",
    },
    {
      setting: "blockedWords",
      typed: "  scunthorpe pie \n\nBadword\r\nbadword\nanother one\n",
      read: () => getBlockedWords(),
      expected: ["scunthorpe pie", "Badword", "another one"],
      message: "Blocked words saved.",
    },
    {
      setting: "safeguardingSteps",
      typed: "Call 999 if anyone is in danger.\n Tell the safeguarding lead today. \n",
      read: () => getSafeguardingSteps(),
      expected: ["Call 999 if anyone is in danger.", "Tell the safeguarding lead today."],
      message: "Safeguarding steps saved.",
    },
  ] as const;

  for (const c of cases) {
    it(`saves the ${c.setting} setting, which its getter then reads, with one audit row`, async () => {
      const admin = await asAdmin();
      const key = SETTINGS[c.setting].key;
      const before = await c.read();
      const state = await save({ setting: c.setting, [c.setting]: c.typed });
      expect(state.errors).toEqual({});
      expect(state).toMatchObject({ status: "success", message: c.message });
      expect(await c.read()).toEqual(c.expected);
      const rows = await auditRows("setting.changed", key, [admin]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actorId: admin.id, targetType: "setting", targetId: key });
      if (c.setting === "blockedWords") {
        expect(rows[0]!.after).toEqual({ count: 3, added: c.expected, removed: [] });
      } else {
        expect(rows[0]!.before).toEqual({ value: before });
        expect(rows[0]!.after).toEqual({ value: c.expected });
      }
    });
  }

  it("saves the signposting links typed as rows, skipping an empty row, and the pages' getter reads them", async () => {
    const admin = await asAdmin();
    const state = await save({
      setting: "signpostingLinks",
      "signpost-0-name": "Childline",
      "signpost-0-description": "For anyone under 19.",
      "signpost-0-phone": "0800 1111",
      "signpost-0-url": "https://www.childline.org.uk",
      "signpost-1-name": "",
      "signpost-1-description": "",
      "signpost-1-phone": "",
      "signpost-1-url": "",
      "signpost-2-name": " Samaritans ",
      "signpost-2-description": "For anyone, any time.",
      "signpost-2-phone": "116 123",
      "signpost-2-url": "",
    });
    expect(state).toMatchObject({ status: "success", message: "Signposting links saved." });
    expect(await getSignpostingLinks()).toEqual([
      {
        name: "Childline",
        description: "For anyone under 19.",
        phone: "0800 1111",
        url: "https://www.childline.org.uk",
      },
      { name: "Samaritans", description: "For anyone, any time.", phone: "116 123" },
    ]);
    expect(await auditRows("setting.changed", SETTINGS.signpostingLinks.key, [admin])).toHaveLength(1);
  });

  it("writes no audit row and changes nothing for a save of the value already in force", async () => {
    const admin = await asAdmin();
    const before = await snapshot();
    const state = await save({ setting: "flagThreshold", flagThreshold: String(SETTINGS.flagThreshold.defaultValue) });
    expect(state).toMatchObject({
      status: "success",
      message: "Flag threshold not changed: it was already set to that. It is 3.",
    });
    expect(await snapshot()).toBe(before);

    expect((await save({ setting: "flagThreshold", flagThreshold: "4" })).status).toBe("success");
    const afterChange = await snapshot();
    expect((await save({ setting: "flagThreshold", flagThreshold: "04" })).message).toContain("not changed");
    expect(await snapshot()).toBe(afterChange);
    expect(await auditRows("setting.changed", SETTINGS.flagThreshold.key, [admin])).toHaveLength(1);
  });

  it("stores the request's id on the audit row", async () => {
    const admin = await asAdmin();
    const requestId = randomUUID();
    await runInRequestScope(requestId, () => updateSetting(admin, { name: "responseTarget", value: 12 }));
    const [row] = await auditRows("setting.changed", SETTINGS.responseTarget.key, [admin]);
    expect(row!.requestId).toBe(requestId);
  });

  it("applies two saves at the same moment one after the other, each audit row naming the value it replaced", async () => {
    const [first, second] = [await personWithRole("admin"), await personWithRole("admin")];
    await Promise.all([
      updateSetting(first, { name: "flagThreshold", value: 7 }),
      updateSetting(second, { name: "flagThreshold", value: 9 }),
    ]);
    const rows = await auditRows("setting.changed", SETTINGS.flagThreshold.key, [first, second]);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.before).toEqual({ value: 3 });
    expect(rows[1]!.before).toEqual(rows[0]!.after);
    expect(rows[1]!.after).toEqual({ value: await getFlagThreshold() });
  });
});

describe("refusing what is not valid", () => {
  const cases: { name: string; fields: Record<string, string>; field: string; message: string }[] = [
    {
      name: "a flag threshold of 0",
      fields: { setting: "flagThreshold", flagThreshold: "0" },
      field: "flagThreshold",
      message: "Flag threshold must be between 1 and 100",
    },
    {
      name: "a flag threshold that is not a whole number",
      fields: { setting: "flagThreshold", flagThreshold: "2.5" },
      field: "flagThreshold",
      message: "Flag threshold must be a whole number, like 3",
    },
    {
      name: "an empty response target",
      fields: { setting: "responseTarget", responseTarget: "  " },
      field: "responseTarget",
      message: "Enter the response target",
    },
    {
      name: "a response target of 131 working days",
      fields: { setting: "responseTarget", responseTarget: "131" },
      field: "responseTarget",
      message: "Response target must be between 1 and 130 working days",
    },
    {
      name: "a first-post screening count of 51",
      fields: { setting: "firstPostScreening", firstPostScreening: "51" },
      field: "firstPostScreening",
      message: "First-post screening count must be between 0 and 50",
    },
    {
      name: "a security event retention of 6 days",
      fields: { setting: "securityEventRetention", securityEventRetention: "6" },
      field: "securityEventRetention",
      message: "Security event retention must be between 7 and 730 days",
    },
    {
      name: "a one-letter blocked word",
      fields: { setting: "blockedWords", blockedWords: "fine word\n\nx\nanother" },
      field: "blockedWords",
      message: "Line 3 (“x”) is 1 characters long: each blocked word must be between 2 and 60 characters",
    },
    {
      name: "no safeguarding steps",
      fields: { setting: "safeguardingSteps", safeguardingSteps: "\n \n" },
      field: "safeguardingSteps",
      message: "Enter at least one step, one on each line",
    },
    {
      name: "a help line with a web address that is not https",
      fields: {
        setting: "signpostingLinks",
        "signpost-0-name": "Childline",
        "signpost-0-description": "For anyone under 19.",
        "signpost-0-url": "http://www.childline.org.uk",
      },
      field: "signpost-0-url",
      message:
        "Help line 1: Enter the website as a full address starting with https://, like https://www.childline.org.uk",
    },
    {
      name: "a help line whose link would run script",
      fields: {
        setting: "signpostingLinks",
        "signpost-0-name": "Trick",
        "signpost-0-description": "Not a help line.",
        "signpost-0-url": "javascript:alert(1)",
      },
      field: "signpost-0-url",
      message:
        "Help line 1: Enter the website as a full address starting with https://, like https://www.childline.org.uk",
    },
    {
      name: "a help line with neither a phone number nor a website",
      fields: { setting: "signpostingLinks", "signpost-1-name": "Someone", "signpost-1-description": "For anyone." },
      field: "signpost-1-phone",
      message: "Help line 2: Enter a phone number or a website, or both",
    },
    {
      name: "no help lines at all",
      fields: { setting: "signpostingLinks", "signpost-0-name": "", "signpost-0-url": "" },
      field: "signpost-0-name",
      message: "Keep at least one help line: the pages that show them need one",
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name} on its field, keeps what was typed and changes nothing`, async () => {
      await asAdmin();
      const before = await snapshot();
      const state = await save(c.fields);
      expect(state.status).toBe("error");
      expect(state.errors[c.field]).toBe(c.message);
      for (const [field, typed] of Object.entries(c.fields)) expect(state.values[field]).toBe(typed);
      expect(await snapshot()).toBe(before);
    });
  }

  it("refuses a setting name the page does not offer, and a value the service is handed unchecked", async () => {
    const admin = await asAdmin();
    const before = await snapshot();
    const state = await save({ setting: "council_contacts", council_contacts: "{}" });
    expect(state.errors).toEqual({ form: "Choose a setting to save. Reload the page." });
    await expect(updateSetting(admin, { name: "flagThreshold", value: 0 })).rejects.toThrow(
      "Flag threshold is not valid.",
    );
    expect(await snapshot()).toBe(before);
  });
});

describe("who may change the settings", () => {
  async function everyoneButAdmins(): Promise<{ who: string; actor: Actor | null }[]> {
    const organisation = await createOrganisation();
    return [
      { who: "a visitor", actor: null },
      { who: "a citizen", actor: await personWithRole("citizen") },
      { who: "a partner", actor: await partnerOf(organisation.id, "lead") },
      { who: "a moderator", actor: await personWithRole("moderator") },
    ];
  }

  it("refuses everyone but administrators, through every action and the services, changing nothing", async () => {
    const listed = await db.bankHoliday.create({ data: { date: new Date("2099-12-25T00:00:00Z"), name: "Test" } });
    const before = await snapshot();
    for (const { who, actor } of await everyoneButAdmins()) {
      session.actor = actor;
      const states = [
        await save({ setting: "flagThreshold", flagThreshold: "9" }),
        await addBankHolidayAction(
          initialFormState,
          form({ holidayDateDay: "1", holidayDateMonth: "6", holidayDateYear: "2099", holidayName: "Made up" }),
        ),
        await removeBankHolidayAction(initialFormState, form({ date: isoDate(listed.date) })),
      ];
      for (const state of states) expect(state.status, who).toBe("error");
      await expect(updateSetting(actor, { name: "flagThreshold", value: 9 }), who).rejects.toBeInstanceOf(
        actor ? Forbidden : Unauthenticated,
      );
      await expect(listBankHolidays(actor), who).rejects.toBeInstanceOf(actor ? Forbidden : Unauthenticated);
    }
    expect(await snapshot()).toBe(before);
  });

  it("sends an administrator whose proof of identity is old to confirm it's them first, changing nothing", async () => {
    const admin = await personWithRole("admin");
    session.actor = { ...admin, authenticatedAt: new Date(Date.now() - 24 * 60 * 60 * 1000) };
    const before = await snapshot();
    await expect(save({ setting: "flagThreshold", flagThreshold: "9" })).rejects.toThrow("NEXT_REDIRECT");
    expect(redirects.to).toEqual(["/account/confirm-identity?next=%2Fadmin%2Fsettings"]);
    await expect(updateSetting(session.actor, { name: "flagThreshold", value: 9 })).rejects.toBeInstanceOf(ProofNeeded);
    expect(await snapshot()).toBe(before);
  });
});

describe("bank holidays", () => {
  const addForm = (day: string, month: string, year: string, name: string) =>
    form({ holidayDateDay: day, holidayDateMonth: month, holidayDateYear: year, holidayName: name });

  it("adds one with one audit row, lists it, and removes it with another", async () => {
    const admin = await asAdmin();
    const added = await addBankHolidayAction(
      initialFormState,
      addForm("27", "12", "2094", " Boxing Day (substitute day) "),
    );
    expect(added).toMatchObject({
      status: "success",
      message: "Bank holiday added: Boxing Day (substitute day), 27 December 2094.",
    });
    expect(await db.bankHoliday.findUnique({ where: { date: new Date("2094-12-27T00:00:00Z") } })).toMatchObject({
      name: "Boxing Day (substitute day)",
    });
    const list = await listBankHolidays(admin, new Date("2094-06-01T12:00:00Z"));
    expect(list.from).toBe("2093-01-01");
    expect(list.holidays).toContainEqual({ date: "2094-12-27", name: "Boxing Day (substitute day)" });
    const [addedRow] = await auditRows("bankHoliday.added", "2094-12-27", [admin]);
    expect(addedRow).toMatchObject({ actorId: admin.id, targetType: "bank_holiday" });
    expect(addedRow!.after).toEqual({ date: "2094-12-27", name: "Boxing Day (substitute day)" });

    const removed = await removeBankHolidayAction(initialFormState, form({ date: "2094-12-27" }));
    expect(removed).toMatchObject({
      status: "success",
      message: "Bank holiday removed: Boxing Day (substitute day), 27 December 2094.",
    });
    expect(await db.bankHoliday.count({ where: { date: new Date("2094-12-27T00:00:00Z") } })).toBe(0);
    const [removedRow] = await auditRows("bankHoliday.removed", "2094-12-27", [admin]);
    expect(removedRow!.before).toEqual({ date: "2094-12-27", name: "Boxing Day (substitute day)" });

    const before = await snapshot();
    const again = await removeBankHolidayAction(initialFormState, form({ date: "2094-12-27" }));
    expect(again.errors).toEqual({
      form: "That bank holiday is not listed any more. It may have been removed already.",
    });
    expect(await snapshot()).toBe(before);
  });

  it("refuses a date already listed, naming the holiday there, and changes nothing", async () => {
    await asAdmin();
    await db.bankHoliday.create({ data: { date: new Date("2095-01-01T00:00:00Z"), name: "New Year's Day" } });
    const before = await snapshot();
    const state = await addBankHolidayAction(initialFormState, addForm("1", "1", "2095", "Another name"));
    expect(state.errors).toEqual({
      holidayDate: "1 January 2095 is already listed as a bank holiday (New Year's Day)",
    });
    expect(state.values).toMatchObject({ holidayDateDay: "1", holidayDateMonth: "1", holidayDateYear: "2095" });
    expect(await snapshot()).toBe(before);
  });

  it("refuses an impossible date, a far-off year and a missing name on their fields, keeping what was typed", async () => {
    await asAdmin();
    const before = await snapshot();
    const impossible = await addBankHolidayAction(initialFormState, addForm("31", "2", "2027", "Leap day"));
    expect(impossible.errors).toEqual({
      holidayDate: "The date of the bank holiday must be a real date, for example 27 3 2027",
    });
    expect(impossible.values).toMatchObject({ holidayDateDay: "31", holidayDateMonth: "2", holidayName: "Leap day" });
    const farOff = await addBankHolidayAction(initialFormState, addForm("1", "1", "2207", "Far off"));
    expect(farOff.errors).toEqual({ holidayDate: "The date of the bank holiday must be between 2000 and 2100" });
    const unnamed = await addBankHolidayAction(initialFormState, addForm("2", "1", "2096", " "));
    expect(unnamed.errors).toEqual({ holidayName: "Enter the name of the bank holiday, like Christmas Day" });
    expect(await snapshot()).toBe(before);
  });

  it("counts a bank holiday added on the page in the due date of a question claimed afterwards", async () => {
    await asAdmin();
    // The first working day after today that is not a bank holiday yet becomes one.
    const today = londonCalendarDay(new Date());
    const listed = new Set((await db.bankHoliday.findMany({ select: { date: true } })).map((h) => isoDate(h.date)));
    const newHoliday = addWorkingDays(today, 1, listed);
    expect((await save({ setting: "responseTarget", responseTarget: "3" })).status).toBe("success");
    const [day, month, year] = [newHoliday.getUTCDate(), newHoliday.getUTCMonth() + 1, newHoliday.getUTCFullYear()];
    const added = await addBankHolidayAction(
      initialFormState,
      addForm(String(day), String(month), String(year), "Test"),
    );
    expect(added.status).toBe("success");
    try {
      const organisation = await createOrganisation();
      const partner = await partnerOf(organisation.id);
      const question = await createQuestion((await createUser()).id);
      const { dueOn } = await claimQuestion(partner, { questionId: question.id, organisationId: organisation.id });
      expect(isoDate(dueOn)).toBe(isoDate(addWorkingDays(today, 3, new Set([...listed, isoDate(newHoliday)]))));
      expect(isoDate(dueOn)).not.toBe(isoDate(addWorkingDays(today, 3, listed)));
    } finally {
      await db.bankHoliday.delete({ where: { date: newHoliday } });
    }
  });
});
