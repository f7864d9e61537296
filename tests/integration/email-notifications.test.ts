// Activity email (issue 12, point 4): immediate mail for those who chose it, the daily digest, a mail server
// that is down, and the one-click unsubscribe link.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { EmailDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { Invalid } from "@/lib/errors";
import { deliverNotificationEmails } from "@/lib/notifications/email/deliver";
import { sendDailyDigests } from "@/lib/notifications/email/digest";
import { readUnsubscribeLink } from "@/lib/notifications/email/queries";
import { unsubscribe, updateEmailSettings } from "@/lib/notifications/email/service";
import { signUnsubscribeToken, unsubscribeKey } from "@/lib/notifications/email/unsubscribe-token";
import { notify } from "@/lib/notifications/service";
import { GET as openOneClickAddress, POST as oneClickUnsubscribe } from "@/app/api/unsubscribe/route";
import { createQuestion, createUser, signedInActor } from "../support/fixtures";
import { drainJobs, withBoss } from "../support/jobs";

type Settings = {
  optedIn?: boolean;
  verified?: boolean;
  ownQuestions?: EmailDelivery;
  commentReplies?: EmailDelivery;
  followedQuestions?: EmailDelivery;
  ageBand?: "under_16" | "age_25_44";
};

/** A person with these email settings; `undefined` leaves the database's defaults (opt-in off). */
async function person(settings: Settings = {}) {
  const user = await createUser({ ageBand: settings.ageBand });
  return db.user.update({
    where: { id: user.id },
    data: {
      emailNotifications: settings.optedIn,
      emailVerifiedAt: settings.verified === false ? null : undefined,
      emailOwnQuestions: settings.ownQuestions,
      emailCommentReplies: settings.commentReplies,
      emailFollowedQuestions: settings.followedQuestions,
    },
  });
}

const follow = (userId: string, questionId: string) => db.follow.create({ data: { userId, questionId } });

/** An official answer on the question: its author and followers are told, in one transaction. */
async function answered(questionId: string, authorId: string, actorId: string) {
  return db.$transaction(async (tx) => {
    await tx.question.update({ where: { id: questionId }, data: { status: "answered" } });
    await notify(tx, {
      kind: "question_answered",
      questionId,
      actorId,
      message: "Essex County Council answered your question.",
      recipients: [authorId],
      followers: {
        kind: "followed_question_answered",
        message: "Essex County Council answered a question you follow.",
      },
    });
    const rows = await tx.$queryRaw<{ event_id: string }[]>`
      SELECT event_id FROM notification WHERE question_id = ${questionId}::uuid ORDER BY created_at DESC LIMIT 1`;
    return rows[0]!.event_id;
  });
}

async function statusChanged(questionId: string, authorId: string, kind: NotificationKind = "question_status_changed") {
  await db.$transaction((tx) =>
    notify(tx, {
      kind,
      questionId,
      actorId: null,
      message: "Your question is now under review.",
      recipients: [authorId],
    }),
  );
}

const mailsTo = (to: string | null) =>
  db.capturedMail.findMany({ where: { toAddress: to ?? "" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const statesOf = async (userId: string) =>
  (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((n) => n.emailState);

describe("immediate email", () => {
  it("goes at once to those who chose it for that kind, and to nobody else", async () => {
    const partner = await person({ optedIn: true, followedQuestions: "immediate" });
    const author = await person({ optedIn: true });
    const question = await createQuestion(author.id);
    const dailyFollower = await person({ optedIn: true });
    const immediateFollower = await person({ optedIn: true, followedQuestions: "immediate" });
    const notOptedIn = await person({ followedQuestions: "immediate" });
    const child = await person({ ageBand: "under_16" });
    const unconfirmed = await person({ optedIn: true, verified: false, followedQuestions: "immediate" });
    const turnedOff = await person({ optedIn: true, followedQuestions: "off" });
    for (const p of [partner, dailyFollower, immediateFollower, notOptedIn, child, unconfirmed, turnedOff])
      await follow(p.id, question.id);

    const eventId = await answered(question.id, author.id, partner.id);
    await drainJobs();

    expect(await mailsTo(author.email)).toHaveLength(1);
    expect(await mailsTo(immediateFollower.email)).toHaveLength(1);
    for (const p of [partner, dailyFollower, notOptedIn, child, unconfirmed, turnedOff])
      expect(await mailsTo(p.email)).toHaveLength(0);
    expect(await statesOf(author.id)).toEqual(["sent"]);
    expect(await statesOf(dailyFollower.id)).toEqual(["pending"]); // for the digest
    for (const p of [notOptedIn, child, unconfirmed, turnedOff]) expect(await statesOf(p.id)).toEqual(["skipped"]);

    // A retry of the job (or a second worker) sends nothing more.
    await deliverNotificationEmails(eventId);
    await drainJobs();
    expect(await mailsTo(author.email)).toHaveLength(1);
    expect(await mailsTo(immediateFollower.email)).toHaveLength(1);
  });

  it("is not sent to an under-18 with the settings they start with, and never suggests turning email on", async () => {
    const child = await person({ ageBand: "under_16" });
    expect(child.emailNotifications).toBe(false);
    const question = await createQuestion(child.id);
    await statusChanged(question.id, child.id);
    await drainJobs();
    expect(await mailsTo(child.email)).toHaveLength(0);
    expect(await statesOf(child.id)).toEqual(["skipped"]);
  });

  it("has a plain-text part, the portal's name, a link to the place, and one-click unsubscribe headers", async () => {
    const author = await person({ optedIn: true });
    const question = await createQuestion(author.id, { title: "Can buses run later in Harlow?" });
    await statusChanged(question.id, author.id);
    await drainJobs();
    const [mail] = await mailsTo(author.email);
    expect(mail!.subject).toContain("My Smarter Essex");
    expect(mail!.text).toContain("Can buses run later in Harlow?");
    expect(mail!.text).toContain(`/questions/${question.id}#timeline-heading`);
    expect(mail!.text).toMatch(/My Smarter Essex$/);
    expect(mail!.text).not.toMatch(/council|anglia ruskin|CSES/i);
    expect(mail!.html).toContain('<html lang="en-GB">');
    const headers = mail!.headers as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(headers["List-Unsubscribe"]).toMatch(/^<https?:\/\/[^>]+\/api\/unsubscribe\?token=[^>]+>$/);
    const pageLink = /https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(mail!.text)![0];
    const token = new URL(pageLink).searchParams.get("token")!;
    expect(await readUnsubscribeLink(token)).toEqual({ purpose: "ownQuestions", alreadyUnsubscribed: false });
  });
});

describe("a mail server that is down", () => {
  const servers: SMTPServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await new Promise<void>((resolve) => server.close(() => resolve()));
    process.env.SMTP_URL = "";
    delete (globalThis as Record<string, unknown>).mailTransport;
  });

  it("never fails the action that caused the mail, and the mail is retried until it goes", async () => {
    let down = true;
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (down) callback(Object.assign(new Error("Service not available"), { responseCode: 421 }));
        else callback();
      },
      onData(stream, _session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push(raw);
          callback();
        });
      },
    });
    servers.push(server);
    server.listen(0, "127.0.0.1");
    await once(server.server, "listening");
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    delete (globalThis as Record<string, unknown>).mailTransport;

    const partner = await person();
    const author = await person({ optedIn: true });
    const question = await createQuestion(author.id);
    // The action commits whatever the mail server does: it only enqueued the mail.
    await expect(answered(question.id, author.id, partner.id)).resolves.toBeTruthy();
    expect((await db.question.findUniqueOrThrow({ where: { id: question.id } })).status).toBe("answered");

    const consoleError = console.error;
    console.error = () => {};
    try {
      await drainJobs();
    } finally {
      console.error = consoleError;
    }
    const jobs = () =>
      db.$queryRaw<{ state: string; retry_count: number }[]>`
        SELECT state::text, retry_count FROM pgboss.job WHERE name = 'send-mail' AND data->>'to' = ${author.email}`;
    // pg-boss counts a retry when it starts it.
    expect(await jobs()).toEqual([{ state: "retry", retry_count: 0 }]);
    expect(received).toHaveLength(0);
    expect(await statesOf(author.id)).toEqual(["sent"]); // handed to the queue once: the retry is the queue's

    // The server is back; the retry's delay is over.
    down = false;
    await db.$executeRaw`
      UPDATE pgboss.job SET start_after = now() WHERE name = 'send-mail' AND data->>'to' = ${author.email}`;
    await drainJobs();
    expect(await jobs()).toEqual([{ state: "completed", retry_count: 1 }]);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/List-Unsubscribe:\s+<http:\/\/\S+\/api\/unsubscribe\?token=/); // folded when long
    expect(received[0]).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(received[0]).toContain("Content-Type: text/plain");
    expect(received[0]).toContain("Content-Type: text/html");
  });
});

describe("the daily digest", () => {
  it("is scheduled every morning at seven, London time, by migrating", async () => {
    const schedules = await withBoss((boss) => boss.getSchedules());
    expect(schedules.find((schedule) => schedule.name === "email-digest")).toMatchObject({
      cron: "0 7 * * *",
      timezone: "Europe/London",
    });
  });

  it("gathers a day's events into one mail, marks them sent, and sends at most one a day", async () => {
    const reader = await person({ optedIn: true, ownQuestions: "daily" });
    const author = await person();
    const followed = await createQuestion(author.id, { title: "Will Chelmsford get more EV chargers?" });
    const own = await createQuestion(reader.id, { title: "Could Basildon have smart bins?" });
    await follow(reader.id, followed.id);
    await answered(followed.id, author.id, author.id);
    await statusChanged(own.id, reader.id);
    await drainJobs();
    expect(await mailsTo(reader.email)).toHaveLength(0);

    const morning = new Date();
    expect(await sendDailyDigests(morning)).toBeGreaterThanOrEqual(1);
    await drainJobs();
    const mails = await mailsTo(reader.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("2 updates");
    expect(mails[0]!.text).toContain("Will Chelmsford get more EV chargers?");
    expect(mails[0]!.text).toContain("Could Basildon have smart bins?");
    expect((mails[0]!.headers as Record<string, string>)["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(await statesOf(reader.id)).toEqual(["sent", "sent"]);

    // Something new the same day waits for tomorrow's digest.
    await statusChanged(own.id, reader.id);
    await drainJobs();
    await sendDailyDigests(new Date());
    await drainJobs();
    expect(await mailsTo(reader.email)).toHaveLength(1);
    expect(await statesOf(reader.id)).toEqual(["sent", "sent", "pending"]);

    await sendDailyDigests(new Date(morning.getTime() + 24 * 60 * 60 * 1000));
    await drainJobs();
    expect(await mailsTo(reader.email)).toHaveLength(2);
    expect(await statesOf(reader.id)).toEqual(["sent", "sent", "sent"]);
  });

  it("sends nothing on an empty day", async () => {
    const reader = await person({ optedIn: true, ownQuestions: "daily" });
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    await sendDailyDigests(tomorrow);
    await drainJobs();
    const before = await db.capturedMail.count();
    expect(await sendDailyDigests(new Date(tomorrow.getTime() + 60_000))).toBe(0);
    expect(await drainJobs()).toBe(0);
    expect(await db.capturedMail.count()).toBe(before);
    expect(await mailsTo(reader.email)).toHaveLength(0);
    expect(await db.emailDigest.count({ where: { userId: reader.id } })).toBe(0);
  });

  it("sends one digest when several runs happen at once", async () => {
    const reader = await person({ optedIn: true, followedQuestions: "daily" });
    const author = await person();
    for (let i = 0; i < 3; i += 1) {
      const question = await createQuestion(author.id, { title: `Question ${i} about Tendring` });
      await follow(reader.id, question.id);
      await answered(question.id, author.id, author.id);
    }
    await drainJobs();
    const now = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    await Promise.all(Array.from({ length: 5 }, () => sendDailyDigests(now)));
    await drainJobs();
    const mails = await mailsTo(reader.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("3 updates");
    expect(await db.emailDigest.count({ where: { userId: reader.id } })).toBe(1);
  });
});

describe("the one-click unsubscribe link", () => {
  it("turns off the one kind it names, once; a second use changes nothing", async () => {
    const reader = await person({ optedIn: true, followedQuestions: "immediate" });
    const token = signUnsubscribeToken({ userId: reader.id, purpose: "commentReplies" });
    const kinds = async () => {
      const u = await db.user.findUniqueOrThrow({ where: { id: reader.id } });
      return [u.emailNotifications, u.emailOwnQuestions, u.emailCommentReplies, u.emailFollowedQuestions];
    };
    // Reading the link (the page a GET shows) changes nothing.
    expect(await readUnsubscribeLink(token)).toEqual({ purpose: "commentReplies", alreadyUnsubscribed: false });
    expect(await kinds()).toEqual([true, "immediate", "immediate", "immediate"]);

    expect(await unsubscribe(token)).toBe("unsubscribed");
    expect(await kinds()).toEqual([true, "immediate", "off", "immediate"]);
    expect(await unsubscribe(token)).toBe("already");
    expect(await kinds()).toEqual([true, "immediate", "off", "immediate"]);
    expect(await readUnsubscribeLink(token)).toEqual({ purpose: "commentReplies", alreadyUnsubscribed: true });
  });

  it("from a digest turns off what comes daily and nothing else", async () => {
    const reader = await person({ optedIn: true, ownQuestions: "daily", followedQuestions: "daily" });
    const token = signUnsubscribeToken({ userId: reader.id, purpose: "dailyDigest" });
    expect(await unsubscribe(token)).toBe("unsubscribed");
    expect(await db.user.findUniqueOrThrow({ where: { id: reader.id } })).toMatchObject({
      emailOwnQuestions: "off",
      emailCommentReplies: "immediate",
      emailFollowedQuestions: "off",
    });
    expect(await unsubscribe(token)).toBe("already");
  });

  it("cannot be forged, altered, or used for another person", async () => {
    const reader = await person({ optedIn: true });
    const other = await person({ optedIn: true });
    const token = signUnsubscribeToken({ userId: reader.id, purpose: "ownQuestions" });
    const forgedKey = unsubscribeKey({ AUTH_SECRET: "not the portal's secret" });
    const attempts = [
      token.replace(reader.id, other.id),
      token.replace("ownQuestions", "commentReplies"),
      signUnsubscribeToken({ userId: other.id, purpose: "ownQuestions" }, forgedKey),
      `${token}x`,
      "",
    ];
    for (const attempt of attempts) {
      await expect(unsubscribe(attempt)).rejects.toBeInstanceOf(Invalid);
      expect(await readUnsubscribeLink(attempt)).toBeNull();
    }
    for (const id of [reader.id, other.id]) {
      expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({
        emailOwnQuestions: "immediate",
        emailCommentReplies: "immediate",
        emailFollowedQuestions: "daily",
      });
    }
  });

  it("works by the RFC 8058 POST without a session or form token, and refuses a forged one", async () => {
    const reader = await person({ optedIn: true });
    const token = signUnsubscribeToken({ userId: reader.id, purpose: "ownQuestions" });
    const post = (t: string) =>
      oneClickUnsubscribe(
        new NextRequest(`http://localhost:3000/api/unsubscribe?token=${encodeURIComponent(t)}`, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }),
      );
    const forged = await post(token.replace(reader.id, (await person()).id));
    expect(forged.status).toBe(400);
    expect((await db.user.findUniqueOrThrow({ where: { id: reader.id } })).emailOwnQuestions).toBe("immediate");

    // Opening the header's address (a GET) changes nothing: it leads to the page with the button.
    const opened = openOneClickAddress(
      new NextRequest(`http://localhost:3000/api/unsubscribe?token=${encodeURIComponent(token)}`),
    );
    expect(opened.status).toBe(303);
    expect(new URL(opened.headers.get("location")!).pathname).toBe("/unsubscribe");
    expect(new URL(opened.headers.get("location")!).searchParams.get("token")).toBe(token);
    expect((await db.user.findUniqueOrThrow({ where: { id: reader.id } })).emailOwnQuestions).toBe("immediate");

    const first = await post(token);
    expect(first.status).toBe(200);
    expect(await first.text()).toBe("You are unsubscribed.");
    expect((await db.user.findUniqueOrThrow({ where: { id: reader.id } })).emailOwnQuestions).toBe("off");
    expect(await (await post(token)).text()).toBe("You are already unsubscribed.");
  });
});

describe("email settings", () => {
  it("are saved for the signed-in person only, and decide how the next notification is sent", async () => {
    const reader = await person();
    const actor = (await signedInActor(reader.id))!;
    await updateEmailSettings(actor, {
      emailNotifications: true,
      ownQuestions: "immediate",
      commentReplies: "daily",
      followedQuestions: "off",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: reader.id } })).toMatchObject({
      emailNotifications: true,
      emailOwnQuestions: "immediate",
      emailCommentReplies: "daily",
      emailFollowedQuestions: "off",
    });
    const question = await createQuestion(reader.id);
    await statusChanged(question.id, reader.id);
    await drainJobs();
    expect(await mailsTo(reader.email)).toHaveLength(1);

    await updateEmailSettings(actor, {
      emailNotifications: false,
      ownQuestions: "immediate",
      commentReplies: "daily",
      followedQuestions: "off",
    });
    await statusChanged(question.id, reader.id);
    await drainJobs();
    expect(await mailsTo(reader.email)).toHaveLength(1);
  });
});
