import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/forms";
import { emailDeliveryFor, type EmailSettingsRow } from "@/lib/notifications/email/delivery";
import { emailSettingsSchema } from "@/lib/notifications/email/schemas";

const adult: EmailSettingsRow = {
  email: "reader@example.com",
  emailVerifiedAt: new Date(),
  status: "active",
  emailNotifications: true,
  emailOwnQuestions: "immediate",
  emailCommentReplies: "off",
  emailFollowedQuestions: "daily",
};

describe("the email settings form", () => {
  it("needs every choice, with a message naming it", () => {
    const result = emailSettingsSchema.safeParse({ ownQuestions: "sometimes" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      emailNotifications: "Choose whether we may email you about activity",
      ownQuestions: "Choose how often to get emails about your questions",
      commentReplies: "Choose how often to get emails about replies to your comments",
      followedQuestions: "Choose how often to get emails about questions you follow",
    });
  });

  it("reads yes and no as the opt-in", () => {
    const input = { ownQuestions: "daily", commentReplies: "off", followedQuestions: "immediate" };
    expect(emailSettingsSchema.parse({ ...input, emailNotifications: "yes" }).emailNotifications).toBe(true);
    expect(emailSettingsSchema.parse({ ...input, emailNotifications: "no" }).emailNotifications).toBe(false);
  });
});

describe("how a notification is emailed", () => {
  it("follows the kind's choice for someone who opted in with a confirmed address", () => {
    expect(emailDeliveryFor(adult, "question_answered")).toBe("immediate");
    expect(emailDeliveryFor(adult, "comment_reply")).toBe("off");
    expect(emailDeliveryFor(adult, "followed_question_answered")).toBe("daily");
  });

  it("is off without the opt-in, a confirmed address, or an active account", () => {
    expect(emailDeliveryFor({ ...adult, emailNotifications: false }, "question_answered")).toBe("off");
    expect(emailDeliveryFor({ ...adult, emailVerifiedAt: null }, "question_answered")).toBe("off");
    expect(emailDeliveryFor({ ...adult, email: null }, "question_answered")).toBe("off");
    expect(emailDeliveryFor({ ...adult, status: "suspended" }, "question_answered")).toBe("off");
  });
});
