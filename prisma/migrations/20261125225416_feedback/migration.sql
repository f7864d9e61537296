-- CreateEnum
CREATE TYPE "FeedbackTopic" AS ENUM ('problem', 'idea', 'accessibility', 'privacy', 'other');

-- CreateTable
CREATE TABLE "feedback" (
    "id" UUID NOT NULL,
    "topic" "FeedbackTopic" NOT NULL,
    "name" VARCHAR(100),
    "email" VARCHAR(254),
    "message" VARCHAR(3000) NOT NULL,
    "sender_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dealt_with_at" TIMESTAMP(3),
    "dealt_with_by_id" UUID,

    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "feedback_created_at_id_idx" ON "feedback"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "feedback_sender_id_idx" ON "feedback"("sender_id");

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_sender_id_fkey" FOREIGN KEY ("sender_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_dealt_with_by_id_fkey" FOREIGN KEY ("dealt_with_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a message has something in it, and an email given for a reply is stored lower-case.
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_message_not_blank" CHECK (btrim("message") <> '');
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_email_lower" CHECK ("email" IS NULL OR "email" = lower("email"));
-- Dealt with means by someone, at a time: both or neither.
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_dealt_with_both" CHECK (("dealt_with_at" IS NULL) = ("dealt_with_by_id" IS NULL));

-- "Where to go instead" is now kept per district under the key council_contacts (lib/settings/contact-routes.ts);
-- the old flat list is no longer read.
DELETE FROM "setting" WHERE "key" = 'contact_routes';
