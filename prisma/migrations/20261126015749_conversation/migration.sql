-- CreateEnum
CREATE TYPE "EmailDelivery" AS ENUM ('immediate', 'daily', 'off');

-- CreateEnum
CREATE TYPE "NotificationEmailState" AS ENUM ('pending', 'sent', 'skipped');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'comment_reply';
ALTER TYPE "NotificationKind" ADD VALUE 'followed_question_status_changed';

-- DropIndex
DROP INDEX "comment_parent_id_idx";

-- DropIndex
DROP INDEX "notification_user_id_created_at_idx";

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "email_comment_replies" "EmailDelivery" NOT NULL DEFAULT 'immediate',
ADD COLUMN     "email_followed_questions" "EmailDelivery" NOT NULL DEFAULT 'daily',
ADD COLUMN     "email_own_questions" "EmailDelivery" NOT NULL DEFAULT 'immediate',
ADD COLUMN     "unread_notifications" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "comment" ADD COLUMN     "deleted_at" TIMESTAMP(3),
ADD COLUMN     "edited_at" TIMESTAMP(3);

-- No service wrote notifications before this migration; their rows (if any) carry no event to key on.
DELETE FROM "notification";

-- AlterTable
ALTER TABLE "notification" ADD COLUMN     "actor_id" UUID,
ADD COLUMN     "comment_id" UUID,
ADD COLUMN     "email_state" "NotificationEmailState" NOT NULL DEFAULT 'pending',
ADD COLUMN     "event_id" UUID NOT NULL,
ALTER COLUMN "question_id" SET NOT NULL;

-- AlterTable
ALTER TABLE "captured_mail" ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "email_digest" (
    "user_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "sent_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_digest_pkey" PRIMARY KEY ("user_id","day")
);

-- CreateIndex
CREATE INDEX "comment_question_id_parent_id_created_at_id_idx" ON "comment"("question_id", "parent_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "comment_parent_id_created_at_id_idx" ON "comment"("parent_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "notification_user_id_created_at_id_idx" ON "notification"("user_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "notification_event_id_idx" ON "notification"("event_id");

-- CreateIndex
CREATE INDEX "notification_email_state_created_at_idx" ON "notification"("email_state", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "notification_user_id_event_id_key" ON "notification"("user_id", "event_id");

-- CreateIndex
CREATE INDEX "follow_user_id_created_at_question_id_idx" ON "follow"("user_id", "created_at" DESC, "question_id" DESC);

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_digest" ADD CONSTRAINT "email_digest_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────── hand-written: checks and triggers Prisma's schema cannot express ─────────────

-- A deleted comment keeps its row (its replies stay) with the text blanked.
ALTER TABLE "comment" DROP CONSTRAINT "comment_body_check";
ALTER TABLE "comment"
  ADD CONSTRAINT "comment_body_check" CHECK (
    (deleted_at IS NULL AND char_length(btrim(body)) BETWEEN 1 AND 2000) OR (deleted_at IS NOT NULL AND body = '')
  );

-- "Other" needs the reporter's words.
ALTER TABLE "flag"
  ADD CONSTRAINT "flag_other_details_check" CHECK (category <> 'other' OR coalesce(char_length(btrim(details)), 0) > 0);

ALTER TABLE "user" ADD CONSTRAINT "user_unread_notifications_check" CHECK (unread_notifications >= 0);

-- question.comment_count counts the comments anyone may read: approved and not deleted. Kept by this trigger in
-- the same transaction as the change, by the row's own delta, so concurrent adds and deletes cannot drift it.
CREATE FUNCTION comment_count_keeper() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta integer := 0;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.moderation = 'approved' AND OLD.deleted_at IS NULL THEN
    delta := delta - 1;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.moderation = 'approved' AND NEW.deleted_at IS NULL THEN
    delta := delta + 1;
  END IF;
  IF delta <> 0 THEN
    UPDATE question SET comment_count = comment_count + delta
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.question_id ELSE NEW.question_id END;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER comment_count AFTER INSERT OR UPDATE OF moderation, deleted_at OR DELETE ON comment
  FOR EACH ROW EXECUTE FUNCTION comment_count_keeper();

-- Bring any existing counts to the truth the trigger keeps from now on.
UPDATE question q SET comment_count = (
  SELECT count(*) FROM comment c WHERE c.question_id = q.id AND c.moderation = 'approved' AND c.deleted_at IS NULL
);

-- user.unread_notifications, for the header: kept like the comment count.
CREATE FUNCTION unread_notification_keeper() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta integer := 0;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.read_at IS NULL THEN
    delta := delta - 1;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.read_at IS NULL THEN
    delta := delta + 1;
  END IF;
  IF delta <> 0 THEN
    UPDATE "user" SET unread_notifications = unread_notifications + delta
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER unread_notifications AFTER INSERT OR UPDATE OF read_at OR DELETE ON notification
  FOR EACH ROW EXECUTE FUNCTION unread_notification_keeper();

-- The unread ones of a person, for "mark all as read".
CREATE INDEX "notification_unread_idx" ON "notification" ("user_id") WHERE read_at IS NULL;
