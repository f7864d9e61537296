import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  signUnsubscribeToken,
  unsubscribeKey,
  verifyUnsubscribeToken,
} from "@/lib/notifications/email/unsubscribe-token";

const key = unsubscribeKey({ AUTH_SECRET: "a test secret that signs sessions" });
const person = randomUUID();
const other = randomUUID();

describe("unsubscribe link tokens", () => {
  it("name the person and the one purpose they were signed for", () => {
    const token = signUnsubscribeToken({ userId: person, purpose: "commentReplies" }, key);
    expect(verifyUnsubscribeToken(token, key)).toEqual({ userId: person, purpose: "commentReplies" });
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it("refuse a token altered to name another person or another kind of email", () => {
    const token = signUnsubscribeToken({ userId: person, purpose: "commentReplies" }, key);
    expect(verifyUnsubscribeToken(token.replace(person, other), key)).toBeNull();
    expect(verifyUnsubscribeToken(token.replace("commentReplies", "ownQuestions"), key)).toBeNull();
    expect(verifyUnsubscribeToken(token.replace("commentReplies", "dailyDigest"), key)).toBeNull();
  });

  it("refuse a token signed with another key, a changed signature, or none", () => {
    const otherKey = unsubscribeKey({ AUTH_SECRET: "another portal's secret" });
    const token = signUnsubscribeToken({ userId: person, purpose: "ownQuestions" }, otherKey);
    expect(verifyUnsubscribeToken(token, key)).toBeNull();
    const good = signUnsubscribeToken({ userId: person, purpose: "ownQuestions" }, key);
    const mac = good.split(".")[3]!;
    const flipped = `${mac.slice(0, -2)}${mac.at(-2) === "A" ? "B" : "A"}${mac.at(-1)}`;
    expect(verifyUnsubscribeToken(good.replace(mac, flipped), key)).toBeNull();
    expect(verifyUnsubscribeToken(good.split(".").slice(0, 3).join("."), key)).toBeNull();
    expect(verifyUnsubscribeToken(`${good}.extra`, key)).toBeNull();
    expect(verifyUnsubscribeToken("", key)).toBeNull();
    expect(verifyUnsubscribeToken(undefined, key)).toBeNull();
  });

  it("refuse a purpose that is not one of the kinds, even when signed", () => {
    const body = `u1.${person}.everything`;
    const forged = signUnsubscribeToken({ userId: person, purpose: "ownQuestions" }, key).replace(
      `u1.${person}.ownQuestions`,
      body,
    );
    expect(verifyUnsubscribeToken(forged, key)).toBeNull();
  });

  it("need a server secret to sign", () => {
    expect(() => unsubscribeKey({})).toThrow("AUTH_SECRET");
  });
});
