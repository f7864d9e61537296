import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { FeedbackTopic } from "@/lib/generated/prisma/enums";

export const FEEDBACK_MESSAGE_MAX = 3000;

/** What a message can be about, in the order the contact form offers them. */
export const FEEDBACK_TOPICS: { value: FeedbackTopic; label: string }[] = [
  { value: "problem", label: "Something on the portal is not working" },
  { value: "accessibility", label: "Something I could not use or read (accessibility)" },
  { value: "idea", label: "An idea to make the portal better" },
  { value: "privacy", label: "My account, my data or privacy" },
  { value: "other", label: "Something else" },
];

export function feedbackTopicLabel(topic: FeedbackTopic): string {
  return FEEDBACK_TOPICS.find((t) => t.value === topic)?.label ?? topic;
}

const EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.com";

/** The contact form: only the topic and the message are needed; a name and an email address are optional. */
export const feedbackSchema = z.object({
  topic: z.enum(FeedbackTopic, { error: "Select what your message is about" }),
  name: plainText()
    .trim()
    .max(100, "Your name must be 100 characters or fewer")
    .optional()
    .transform((name) => name || null),
  email: plainText()
    .trim()
    .toLowerCase()
    .max(254, "Email address must be 254 characters or fewer")
    .refine((email) => email === "" || z.email().safeParse(email).success, EMAIL_FORMAT)
    .optional()
    .transform((email) => email || null),
  message: plainText({ error: "Enter your message" })
    .trim()
    .min(1, "Enter your message")
    .max(
      FEEDBACK_MESSAGE_MAX,
      `Your message must be ${FEEDBACK_MESSAGE_MAX.toLocaleString("en-GB")} characters or fewer`,
    ),
});
export type FeedbackInput = z.output<typeof feedbackSchema>;

export const markFeedbackDealtWithSchema = z.object({ feedbackId: z.uuid({ error: "Choose a message" }) });

/** The admin list's position: the created time and id of the last message on the previous page. */
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f-]{36})$/;
export const feedbackPageSchema = z.object({
  after: z
    .string()
    .regex(CURSOR)
    .transform((cursor) => {
      const [, at, id] = CURSOR.exec(cursor)!;
      return { createdAt: new Date(at!), id: id! };
    })
    .optional()
    .catch(undefined),
});

export function feedbackCursor(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.toISOString()}_${row.id}`;
}
