-- CreateEnum
CREATE TYPE "AppealOutcome" AS ENUM ('upheld', 'overturned');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'comment_approved';
ALTER TYPE "NotificationKind" ADD VALUE 'comment_rejected';
ALTER TYPE "NotificationKind" ADD VALUE 'post_hidden';
ALTER TYPE "NotificationKind" ADD VALUE 'post_restored';
ALTER TYPE "NotificationKind" ADD VALUE 'appeal_decided';
ALTER TYPE "NotificationKind" ADD VALUE 'safeguarding_concern';

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "name_queued_at" TIMESTAMP(3),
ADD COLUMN     "name_rejection_reason" VARCHAR(1000),
ADD COLUMN     "name_rejection_rule" VARCHAR(40),
ADD COLUMN     "pending_display_name" VARCHAR(60),
ADD COLUMN     "pending_name_rules" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "posts_held_until" TIMESTAMP(3),
ADD COLUMN     "suspended_until" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "question" ADD COLUMN     "duplicate_of_id" UUID,
ADD COLUMN     "moderated_at" TIMESTAMP(3),
ADD COLUMN     "moderated_by_id" UUID,
ADD COLUMN     "moderation_rule" VARCHAR(40),
ADD COLUMN     "open_flag_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "queued_at" TIMESTAMP(3),
ADD COLUMN     "screening_rules" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "comment" ADD COLUMN     "moderated_at" TIMESTAMP(3),
ADD COLUMN     "moderated_by_id" UUID,
ADD COLUMN     "moderation_rule" VARCHAR(40),
ADD COLUMN     "open_flag_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "queued_at" TIMESTAMP(3),
ADD COLUMN     "screening_rules" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "moderation_appeal" (
    "id" UUID NOT NULL,
    "question_id" UUID,
    "comment_id" UUID,
    "appellant_id" UUID NOT NULL,
    "original_moderator_id" UUID NOT NULL,
    "original_rule" VARCHAR(40) NOT NULL,
    "body" VARCHAR(2000) NOT NULL,
    "outcome" "AppealOutcome",
    "decided_by_id" UUID,
    "decided_at" TIMESTAMP(3),
    "decision_note" VARCHAR(1000),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderation_appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "safeguarding_concern" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "comment_id" UUID,
    "subject_id" UUID NOT NULL,
    "raised_by_id" UUID NOT NULL,
    "note" VARCHAR(2000) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_by_id" UUID,
    "closed_at" TIMESTAMP(3),
    "closing_note" VARCHAR(2000),

    CONSTRAINT "safeguarding_concern_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "moderation_appeal_question_id_key" ON "moderation_appeal"("question_id");

-- CreateIndex
CREATE UNIQUE INDEX "moderation_appeal_comment_id_key" ON "moderation_appeal"("comment_id");

-- CreateIndex
CREATE INDEX "moderation_appeal_appellant_id_idx" ON "moderation_appeal"("appellant_id");

-- CreateIndex
CREATE INDEX "safeguarding_concern_closed_at_created_at_idx" ON "safeguarding_concern"("closed_at", "created_at" DESC);

-- CreateIndex
CREATE INDEX "safeguarding_concern_question_id_idx" ON "safeguarding_concern"("question_id");

-- CreateIndex
CREATE INDEX "safeguarding_concern_comment_id_idx" ON "safeguarding_concern"("comment_id");

-- CreateIndex
CREATE INDEX "user_name_queued_at_id_idx" ON "user"("name_queued_at", "id") WHERE "name_queued_at" IS NOT NULL;

-- CreateIndex
CREATE INDEX "question_queued_at_id_idx" ON "question"("queued_at", "id") WHERE "queued_at" IS NOT NULL;

-- CreateIndex
CREATE INDEX "comment_queued_at_id_idx" ON "comment"("queued_at", "id") WHERE "queued_at" IS NOT NULL;

-- AddForeignKey
ALTER TABLE "question" ADD CONSTRAINT "question_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question" ADD CONSTRAINT "question_moderated_by_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_moderated_by_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_appeal" ADD CONSTRAINT "moderation_appeal_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_appeal" ADD CONSTRAINT "moderation_appeal_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_appeal" ADD CONSTRAINT "moderation_appeal_appellant_id_fkey" FOREIGN KEY ("appellant_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_appeal" ADD CONSTRAINT "moderation_appeal_original_moderator_id_fkey" FOREIGN KEY ("original_moderator_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_appeal" ADD CONSTRAINT "moderation_appeal_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "safeguarding_concern_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "safeguarding_concern_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "safeguarding_concern_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "safeguarding_concern_raised_by_id_fkey" FOREIGN KEY ("raised_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "safeguarding_concern_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: what the moderation columns may hold.

-- The queue indexes above are partial: only rows waiting for a moderator, so the queue and its header count
-- read a handful of rows however many posts there are.

ALTER TABLE "question" ALTER COLUMN "screening_rules" SET NOT NULL;
ALTER TABLE "comment" ALTER COLUMN "screening_rules" SET NOT NULL;
ALTER TABLE "user" ALTER COLUMN "pending_name_rules" SET NOT NULL;

ALTER TABLE "question"
  ADD CONSTRAINT "question_open_flag_count_check" CHECK ("open_flag_count" >= 0),
  ADD CONSTRAINT "question_moderated_check" CHECK ("moderated_by_id" IS NULL OR "moderated_at" IS NOT NULL),
  ADD CONSTRAINT "question_duplicate_of_check" CHECK ("duplicate_of_id" IS NULL OR ("duplicate_of_id" <> "id" AND "moderation" = 'rejected'));
ALTER TABLE "comment"
  ADD CONSTRAINT "comment_open_flag_count_check" CHECK ("open_flag_count" >= 0),
  ADD CONSTRAINT "comment_moderated_check" CHECK ("moderated_by_id" IS NULL OR "moderated_at" IS NOT NULL);

-- A suspension has a reason; an end date only while suspended. A pending public name is exactly what waits.
ALTER TABLE "user"
  ADD CONSTRAINT "user_suspension_check" CHECK ("status" <> 'suspended' OR "suspended_reason" IS NOT NULL),
  ADD CONSTRAINT "user_suspended_until_check" CHECK ("suspended_until" IS NULL OR "status" = 'suspended'),
  ADD CONSTRAINT "user_pending_name_check" CHECK (("pending_display_name" IS NULL) = ("name_queued_at" IS NULL));

-- An appeal is about exactly one post, decided (outcome, who, when, all or none) by someone other than the
-- moderator whose decision it appeals.
ALTER TABLE "moderation_appeal"
  ADD CONSTRAINT "moderation_appeal_one_post_check" CHECK (num_nonnulls("question_id", "comment_id") = 1),
  ADD CONSTRAINT "moderation_appeal_decided_check" CHECK (
    ("outcome" IS NULL) = ("decided_by_id" IS NULL) AND ("outcome" IS NULL) = ("decided_at" IS NULL)),
  ADD CONSTRAINT "moderation_appeal_other_moderator_check" CHECK ("decided_by_id" IS NULL OR "decided_by_id" <> "original_moderator_id"),
  ADD CONSTRAINT "moderation_appeal_body_check" CHECK (length(btrim("body")) > 0);

ALTER TABLE "safeguarding_concern"
  ADD CONSTRAINT "safeguarding_concern_closed_check" CHECK (("closed_by_id" IS NULL) = ("closed_at" IS NULL)),
  ADD CONSTRAINT "safeguarding_concern_note_check" CHECK (length(btrim("note")) > 0);
